# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Read by cpack once per generator (CPACK_GENERATOR is the one running): what differs by generator.
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's description (cpack.cmake) begins with its own synopsis; CPack would put the
    # project's summary before it, as a synopsis repeated for both packages.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
if(CPACK_GENERATOR STREQUAL "TGZ" OR CPACK_GENERATOR STREQUAL "ZIP")
    # The archive is the desktop app alone, unpacked anywhere (bin/, share/).
    set(CPACK_COMPONENTS_ALL admin)
    set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
    set(CPACK_ARCHIVE_ADMIN_FILE_NAME "mws-admin-${CPACK_PACKAGE_VERSION}-${CPACK_SYSTEM_NAME}")
elseif(CPACK_GENERATOR STREQUAL "NSIS")
    # The app alone (on Windows nothing else is installed; on Linux, where this generator is only
    # checked, the panel's component is left out).
    set(CPACK_COMPONENTS_ALL admin)
    set(CPACK_PACKAGE_FILE_NAME "mws-admin-${CPACK_PACKAGE_VERSION}-win64")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    # One image with the bundle (the panel is never installed on macOS).
    set(CPACK_COMPONENTS_ALL admin)
    set(CPACK_MONOLITHIC_INSTALL ON)
    set(CPACK_PACKAGE_ICON "${CPACK_MWS_INSTALLER_DIR}/icons/mws-admin.icns")
    set(CPACK_PACKAGE_FILE_NAME "mws-admin-${CPACK_PACKAGE_VERSION}-macos")
endif()
