# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The .rpm's %changelog, made at configure time from installer/debian/changelog (the project's one
# changelog, in Debian's format). Each entry
#   mws-admin (0.1.0) unstable; urgency=medium
#     * A change, which may go on
#       on the next line.
#    -- Name <address>  Tue, 01 Dec 2026 00:00:00 +0000
# becomes
#   * Tue Dec 01 2026 Name <address> - 0.1.0-RELEASE
#   - A change, which may go on on the next line.
function(mws_rpm_changelog debian_changelog release output)
    file(STRINGS ${debian_changelog} lines)
    set(text "")
    set(version "")
    set(items "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^[a-z0-9.+-]+ \\(([^)]+)\\) ")
            set(version "${CMAKE_MATCH_1}")
            set(items "")
        elseif(line MATCHES "^  \\* (.*)$")
            string(APPEND items "- ${CMAKE_MATCH_1}\n")
        elseif(line MATCHES "^    +(.*)$")
            string(REGEX REPLACE "\n$" " ${CMAKE_MATCH_1}\n" items "${items}")
        elseif(line MATCHES "^ -- (.+ <[^>]+>)  ([A-Z][a-z][a-z]), ([0-9]+) ([A-Z][a-z][a-z]) ([0-9]+) ")
            set(day "${CMAKE_MATCH_3}")
            string(LENGTH "${day}" day_length)
            if(day_length EQUAL 1)
                set(day "0${day}")
            endif()
            string(APPEND text "* ${CMAKE_MATCH_2} ${CMAKE_MATCH_4} ${day} ${CMAKE_MATCH_5} ${CMAKE_MATCH_1}"
                " - ${version}-${release}\n${items}\n")
        endif()
    endforeach()
    if(text STREQUAL "")
        message(FATAL_ERROR "No entry in ${debian_changelog}")
    endif()
    file(WRITE ${output} "${text}")
endfunction()
