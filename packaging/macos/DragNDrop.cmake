# CPack settings of the macOS disk image. Included from packaging/CPackSettings.cmake.
# The .dmg opens to the bundle and a link to /Applications to drag it onto (CPack adds the link).
set(CPACK_DMG_VOLUME_NAME "Sales Buddy Console")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "salesbuddy-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
# A .dmg installs by drag and drop; its staging folder is the image's root, where the bundle belongs.
set(CPACK_PACKAGING_INSTALL_PREFIX "/")
# CPACK_RESOURCE_FILE_LICENSE is set for the Windows installer's license page. The .dmg shows no license dialog:
# that needs the resource fork hdiutil udifrez writes, which Apple deprecated, and the license and notices are in
# the bundle's Contents/Resources anyway.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
