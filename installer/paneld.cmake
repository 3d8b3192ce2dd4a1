# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The mws-paneld package (Linux only): the server, its systemd unit, the sample configuration
# (a conffile), the maintainer scripts' helpers, the docs the configuration refers to, and the
# manual page and Debian's doc files (man/man.cmake).

# qt_standard_project_setup gives every target an install RUNPATH ($ORIGIN, $ORIGIN/../lib) for
# libraries installed beside it; the project installs none (its libraries are static), and a
# RUNPATH into /usr/lib is one that distributions' checks reject (rpmlint).
set_target_properties(mws-paneld PROPERTIES INSTALL_RPATH "")
install(TARGETS mws-paneld RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT paneld)
set_target_properties(mws-cron-run PROPERTIES INSTALL_RPATH "")
install(TARGETS mws-cron-run RUNTIME DESTINATION lib/mws-paneld COMPONENT paneld)
install(FILES paneld/mws-paneld.service DESTINATION lib/systemd/system COMPONENT paneld)
# /etc is absolute on purpose: the configuration lives there whatever the prefix (/usr for packages).
install(FILES paneld/paneld.conf DESTINATION /etc/mws COMPONENT paneld)
install(PROGRAMS paneld/make-user paneld/prepare-host-if-enabled
    DESTINATION lib/mws-paneld COMPONENT paneld)
install(FILES ${PROJECT_SOURCE_DIR}/docs/panel-config.md ${PROJECT_SOURCE_DIR}/docs/packaging.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mws-paneld COMPONENT paneld)
install(FILES paneld/site-host.conf paneld/sshd-shell-access.conf paneld/paneld.conf
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mws-paneld/examples COMPONENT paneld)
mws_add_manpage(mws-paneld 8 paneld)
mws_add_package_docs(mws-paneld paneld)

# dpkg's list of conffiles: kept on upgrade when edited, removed on purge.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian/conffiles "/etc/mws/paneld.conf\n")
foreach(script postinst prerm postrm)
    file(COPY paneld/debian/${script} DESTINATION ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
