# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Manual pages of the Linux packages, and the Debian files every package's doc folder holds.
#
# mws_add_manpage(TARGET SECTION COMPONENT): man/<TARGET>.<SECTION>.in with its OPTIONS section
# made from "<TARGET> --help" (manpage.cmake), compressed as Debian wants (gzip -9n: no name, no
# time stamp), built with the program and installed in share/man/man<SECTION>.
function(mws_add_manpage target section component)
    set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${target}.${section})
    set(template ${CMAKE_CURRENT_SOURCE_DIR}/man/${target}.${section}.in)
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> -DTEMPLATE=${template}
            -DOUTPUT=${page} -DPROJECT_VERSION=${PROJECT_VERSION} -DMWS_RELEASE_DATE=${MWS_RELEASE_DATE}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/man/manpage.cmake
        COMMAND gzip -9nkf ${page}
        DEPENDS ${target} ${template} ${CMAKE_CURRENT_SOURCE_DIR}/man/manpage.cmake
        COMMENT "Manual page ${target}(${section}) from ${target} --help"
        VERBATIM)
    add_custom_target(${target}-manpage ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section} COMPONENT ${component})
endfunction()

# mws_add_package_docs(PACKAGE COMPONENT): the machine-readable copyright and the Debian-format
# changelog (gzip -9n) in /usr/share/doc/<PACKAGE>, where Debian policy wants them; the .rpm
# holds them too.
function(mws_add_package_docs package component)
    set(changelog ${CMAKE_CURRENT_BINARY_DIR}/doc/${package}/changelog)
    add_custom_command(OUTPUT ${changelog}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/doc/${package}
        COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog ${changelog}
        COMMAND gzip -9nf ${changelog}
        DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog
        VERBATIM)
    add_custom_target(${package}-changelog ALL DEPENDS ${changelog}.gz)
    install(FILES ${changelog}.gz ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endfunction()
