# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPack: the generators and their settings. Settings that differ by generator (which components
# a generator packages, for one) are in CPackProjectConfig.cmake, read by cpack per generator.
set(CPACK_PACKAGE_NAME mws-admin)
set(CPACK_PACKAGE_VENDOR "MWS Admin developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MWS Admin")
set(CPACK_PACKAGE_EXECUTABLES mws-admin "MWS Admin")
set(CPACK_CREATE_DESKTOP_LINKS mws-admin)
# Who answers for the packages: the Debian Maintainer field, the RPM Packager tag, NSIS's contact.
# A distribution or a site that rebuilds the packages puts its own name and address here.
set(MWS_PACKAGE_MAINTAINER "MWS Admin developers <mws-admin@cam.ac.uk>" CACHE STRING
    "The packages' maintainer, as \"Name <address>\" (Debian's Maintainer, RPM's Packager)")
set(CPACK_PACKAGE_CONTACT "${MWS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MWS_PACKAGE_MAINTAINER}")
# The installers' licence page (NSIS's; a DMG's agreement or productbuild would read it too):
# NOTICE.txt, then the GPL's text. In ASCII, as the NSIS script CPack writes is not a Unicode one.
file(READ ${CMAKE_CURRENT_SOURCE_DIR}/NOTICE.txt mws_notice)
file(READ ${PROJECT_SOURCE_DIR}/LICENSE mws_gpl)
foreach(pair "—;-" "©;(C)" "ç;c")
    list(GET pair 0 from)
    list(GET pair 1 to)
    string(REPLACE "${from}" "${to}" mws_notice "${mws_notice}")
endforeach()
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/licence-page.txt "${mws_notice}\n\n${mws_gpl}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${CMAKE_CURRENT_SOURCE_DIR}/NOTICE.txt ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/licence-page.txt)
set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/mws-admin.ico)
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/CPackProjectConfig.cmake)
set(CPACK_MWS_INSTALLER_DIR ${CMAKE_CURRENT_SOURCE_DIR})
set(CPACK_MWS_BUNDLE_NAME "MWS Admin")

# Components: the desktop app everywhere (unless MWS_BUILD_CLIENT is OFF), the panel on Linux.
set(CPACK_COMPONENTS_ALL)
if(MWS_BUILD_CLIENT)
    list(APPEND CPACK_COMPONENTS_ALL admin)
endif()
if(UNIX AND NOT APPLE)
    list(APPEND CPACK_COMPONENTS_ALL paneld)
endif()
set(CPACK_COMPONENT_ADMIN_DISPLAY_NAME "MWS Admin")
set(CPACK_COMPONENT_ADMIN_DESCRIPTION "The desktop application of the Managed Web Service")
set(CPACK_COMPONENT_ADMIN_REQUIRED ON)
set(CPACK_COMPONENT_PANELD_DISPLAY_NAME "mws-paneld")
set(CPACK_COMPONENT_PANELD_DESCRIPTION "The reference control panel of the Managed Web Service")

# Debian: one package per component, dependencies from dpkg-shlibdeps, plus the plugins Qt
# loads at run time (which no ELF dependency names).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_ADMIN_PACKAGE_NAME mws-admin)
set(CPACK_DEBIAN_ADMIN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_ADMIN_PACKAGE_DEPENDS "qt6-svg-plugins, libqt6sql6-sqlite, libxcb-cursor0")
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils, qt6-wayland")
# Debian's descriptions: a synopsis (no article, no full stop, not repeated below), then an
# extended description for someone choosing a package, lines under 80 columns. CPack indents each
# line by one space and makes the empty line " .".
set(CPACK_DEBIAN_ADMIN_DESCRIPTION "desktop administration for the Managed Web Service
MWS Admin is the desktop application of the Managed Web Service, a hosting
service on which every site is a small Debian machine with Apache, PHP and
MariaDB.

Site owners sign in with Raven and manage their sites: virtual hosts,
domain names and TLS, PHP and Apache settings, scheduled tasks, databases
and snapshots. Staff switch to an audited admin mode that also reaches the
hypervisors. Sign-in tokens are kept in the desktop's secret store (the
Secret Service or KWallet).")
set(CPACK_DEBIAN_PANELD_PACKAGE_NAME mws-paneld)
set(CPACK_DEBIAN_PANELD_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PANELD_PACKAGE_DEPENDS "libqt6sql6-sqlite, passwd")
set(CPACK_DEBIAN_PANELD_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql, apache2, php-fpm, openssh-server, acl")
set(CPACK_DEBIAN_PANELD_DESCRIPTION "reference control panel of the Managed Web Service
mws-paneld is the HTTPS API server the MWS Admin desktop application talks
to. It owns the service's state (in SQLite or PostgreSQL) and verifies
Raven logins itself.

As shipped it serves the API only, as a hardened systemd service that is
not enabled until configured. As the site host it also configures this
machine's Apache and PHP-FPM, one Unix user per site.")
set(CPACK_DEBIAN_PANELD_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian/conffiles ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian/postinst
    ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian/prerm ${CMAKE_CURRENT_BINARY_DIR}/paneld-debian/postrm)
set(CPACK_DEBIAN_PANELD_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: the same two packages; rpmbuild finds the libraries' dependencies itself.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_VENDOR "${CPACK_PACKAGE_VENDOR}")
# CPack has no variable for the Packager tag; rpmbuild takes it from the %packager macro.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${MWS_PACKAGE_MAINTAINER}")
include(${CMAKE_CURRENT_LIST_DIR}/debian/rpm-changelog.cmake)
mws_rpm_changelog(${CMAKE_CURRENT_LIST_DIR}/debian/changelog ${CPACK_RPM_PACKAGE_RELEASE}
    ${CMAKE_CURRENT_BINARY_DIR}/rpm-changelog)
set(CPACK_RPM_CHANGELOG_FILE ${CMAKE_CURRENT_BINARY_DIR}/rpm-changelog)
# The descriptions are Debian's (above), less the synopsis line.
foreach(component ADMIN PANELD)
    set(description "${CPACK_DEBIAN_${component}_DESCRIPTION}")
    string(FIND "${description}" "\n" synopsis_end)
    math(EXPR synopsis_end "${synopsis_end} + 1")
    string(SUBSTRING "${description}" ${synopsis_end} -1 description)
    set(CPACK_RPM_${component}_PACKAGE_DESCRIPTION "${description}")
endforeach()
set(CPACK_RPM_ADMIN_PACKAGE_NAME mws-admin)
set(CPACK_RPM_ADMIN_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_ADMIN_PACKAGE_SUMMARY "Desktop administration for the Managed Web Service")
set(CPACK_RPM_PANELD_PACKAGE_NAME mws-paneld)
set(CPACK_RPM_PANELD_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_PANELD_PACKAGE_SUMMARY "Reference control panel of the Managed Web Service")
set(CPACK_RPM_PANELD_PACKAGE_REQUIRES "shadow-utils")
set(CPACK_RPM_PANELD_POST_INSTALL_SCRIPT_FILE ${CMAKE_CURRENT_SOURCE_DIR}/paneld/rpm/post.sh)
set(CPACK_RPM_PANELD_PRE_UNINSTALL_SCRIPT_FILE ${CMAKE_CURRENT_SOURCE_DIR}/paneld/rpm/preun.sh)
set(CPACK_RPM_PANELD_POST_UNINSTALL_SCRIPT_FILE ${CMAKE_CURRENT_SOURCE_DIR}/paneld/rpm/postun.sh)
set(CPACK_RPM_PANELD_USER_FILELIST "%config(noreplace) /etc/mws/paneld.conf")
# Folders the distribution's own packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc /usr/lib/systemd /usr/lib/systemd/system /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/doc /usr/share/man /usr/share/man/man1
    /usr/share/man/man8)
foreach(size IN LISTS MWS_ICON_SIZES ITEMS scalable)
    if(NOT size STREQUAL "scalable")
        set(size ${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()

# Windows: NSIS, with the app's icon, Start menu and desktop shortcuts, and an uninstaller
# that the next version's installer runs first.
set(CPACK_NSIS_PACKAGE_NAME "MWS Admin")
set(CPACK_NSIS_DISPLAY_NAME "MWS Admin ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/mws-admin.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/mws-admin.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mws-admin.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN mws-admin.exe)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")

# macOS: a compressed disk image with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "MWS Admin ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
elseif(MWS_BUILD_CLIENT)
    set(CPACK_GENERATOR DEB RPM TGZ)
else()
    set(CPACK_GENERATOR DEB RPM)  # the archive is the app's
endif()
include(CPack)
