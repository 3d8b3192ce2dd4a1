# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Warnings and Qt API hygiene for every target of the project, applied through one interface
# library so that third-party code is not affected.
add_library(mws_build_settings INTERFACE)

if(MSVC)
    target_compile_options(mws_build_settings INTERFACE /W4 /permissive-)
    if(MWS_WARNINGS_AS_ERRORS)
        target_compile_options(mws_build_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(mws_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
    if(MWS_WARNINGS_AS_ERRORS)
        target_compile_options(mws_build_settings INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(mws_build_settings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT        # every connection names the object whose lifetime bounds it
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    MWS_VERSION="${PROJECT_VERSION}")

# Sanitizers (the asan preset: MWS_SANITIZE=address,undefined). Every target of the project is
# compiled and linked with them — the libraries, mws-paneld, mws-test-wls, mws-admin and the tests
# — so the programs the tests start are checked as well as the tests. An undefined behaviour is
# fatal, as an address error is; tests/support/sanitized-test.sh runs each test and fails it when
# any of its processes reported.
set(MWS_SANITIZE "" CACHE STRING "Sanitizers to build with, as for -fsanitize= (e.g. address,undefined)")
if(MWS_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "MWS_SANITIZE is for GCC and Clang")
    endif()
    add_compile_options(-fsanitize=${MWS_SANITIZE} -fno-omit-frame-pointer)
    if(MWS_SANITIZE MATCHES "undefined")
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    add_link_options(-fsanitize=${MWS_SANITIZE})
endif()
