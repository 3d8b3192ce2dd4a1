# SPDX-FileCopyrightText: 2026 The MWS Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The bundle's Info.plist as CMake makes it on a Mac (MACOSX_BUNDLE_INFO_PLIST is configured with
# the target's MACOSX_BUNDLE_* properties), written on every platform to
# <build>/installer/Info.plist so that tests/packaging checks it where there is no Mac.
foreach(property GUI_IDENTIFIER BUNDLE_NAME BUNDLE_VERSION SHORT_VERSION_STRING ICON_FILE COPYRIGHT)
    get_target_property(MACOSX_BUNDLE_${property} mws-admin MACOSX_BUNDLE_${property})
endforeach()
set(MACOSX_BUNDLE_EXECUTABLE_NAME mws-admin)
configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
