# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes a manual page from its template and the program's own --help, so that the options the
# page lists are the ones the program's QCommandLineParser takes (one source: the parser's setup
# in app/main.cpp or server/main.cpp). Run at build time by installer/man/CMakeLists.txt:
#
#   cmake -DPROGRAM=<built program> -DTEMPLATE=<page>.in -DOUTPUT=<page> -DPROJECT_VERSION=…
#         -DMWS_RELEASE_DATE=… -P manpage.cmake
#
# The template's @MWS_OPTIONS@ becomes one ".TP" paragraph per option of --help ("  -c, --config
# <file>  Description…", its continuation lines indented further). The program runs in the C
# locale, with a HOME of its own so that no saved language setting translates its help; in a
# sanitizer build (MWS_SANITIZE) without LeakSanitizer's report at exit, which is not the page's.
foreach(var PROGRAM TEMPLATE OUTPUT PROJECT_VERSION MWS_RELEASE_DATE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

get_filename_component(home "${OUTPUT}.home" ABSOLUTE)
file(REMOVE_RECURSE "${home}")
file(MAKE_DIRECTORY "${home}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=${home}
        XDG_CONFIG_HOME=${home}/.config QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
        ${PROGRAM} --help
    OUTPUT_VARIABLE help
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
file(REMOVE_RECURSE "${home}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: ${PROGRAM} --help failed (${result}): ${errors}")
endif()

# roff: a backslash is \e; a line must not begin with a dot or an apostrophe. In an option's
# name a dash is a minus sign, \-, so that the name can be copied and searched for.
function(roff_text text out)
    string(REPLACE "\\" "\\e" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()
function(roff_option text out)
    roff_text("${text}" text)
    string(REPLACE "-" "\\-" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# "-c, --config <file>" as "\fB\-c\fR, \fB\-\-config\fR \fIfile\fR".
function(roff_term term out)
    string(REPLACE ", " ";" names "${term}")
    set(parts)
    foreach(name IN LISTS names)
        if(name MATCHES "^([^ ]+) <([^>]+)>$")
            roff_option("${CMAKE_MATCH_1}" option)
            roff_text("${CMAKE_MATCH_2}" value)
            list(APPEND parts "\\fB${option}\\fR \\fI${value}\\fR")
        else()
            roff_option("${name}" option)
            list(APPEND parts "\\fB${option}\\fR")
        endif()
    endforeach()
    list(JOIN parts ", " joined)
    set(${out} "${joined}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(in_options FALSE)
set(options "")
set(term "")
set(description "")
set(count 0)
macro(flush_option)
    if(NOT term STREQUAL "")
        roff_term("${term}" roff_name)
        roff_text("${description}" roff_description)
        string(APPEND options ".TP\n${roff_name}\n${roff_description}\n")
        math(EXPR count "${count} + 1")
    endif()
    set(term "")
    set(description "")
endmacro()
foreach(line IN LISTS lines)
    if(line STREQUAL "Options:")
        set(in_options TRUE)
    elseif(NOT in_options)
    elseif(line MATCHES "^  (-[^ ]+( <[^>]+>)?(, -[^ ]+( <[^>]+>)?)*)  +(.*)$")
        flush_option()
        set(term "${CMAKE_MATCH_1}")
        set(description "${CMAKE_MATCH_5}")
    elseif(line MATCHES "^      +(.*)$" AND NOT term STREQUAL "")
        string(APPEND description " ${CMAKE_MATCH_1}")
    else()
        flush_option()
        set(in_options FALSE)
    endif()
endforeach()
flush_option()
if(count EQUAL 0)
    message(FATAL_ERROR "manpage.cmake: no options found in ${PROGRAM} --help:\n${help}")
endif()
string(STRIP "${options}" MWS_OPTIONS)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
