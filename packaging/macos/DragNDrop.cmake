# CPack settings of the macOS disk image. Included from packaging/CPackSettings.cmake.
# The .dmg opens to the bundle and a link to /Applications to drag it onto (CPack adds the link).
set(CPACK_DMG_VOLUME_NAME "Sales Buddy Console")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "salesbuddy-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
# A .dmg installs by drag and drop; its staging folder is the image's root, where the bundle belongs.
set(CPACK_PACKAGING_INSTALL_PREFIX "/")
