# CPack settings of the NSIS installer. Included from packaging/CPackSettings.cmake. The script itself is
# NSIS.template.in beside this file.

# CPack looks for NSIS.template.in on CMAKE_MODULE_PATH before using its own, which always requires administrator
# rights; ours offers a per-user install too.
list(PREPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})

set(CPACK_NSIS_PACKAGE_NAME "Sales Buddy Console")
set(CPACK_NSIS_DISPLAY_NAME "Sales Buddy Console ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "SalesBuddyConsole")
set(CPACK_PACKAGE_FILE_NAME "salesbuddy-${PROJECT_VERSION}-windows-x64-setup")
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_MUI_ICON "${salesbuddy_icons}/salesbuddy.ico")
set(CPACK_NSIS_MUI_UNIICON "${salesbuddy_icons}/salesbuddy.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/blob/main/README.md")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")

# The license page. The programs are built with Qt Charts and Qt HTTP Server, which are GPL-3.0 (not LGPL), so the
# installer as a whole is GPL-3.0; the page says so first, then shows the project's own MIT License
# (THIRD-PARTY-NOTICES.txt has the details). CRLF line ends for the page's text control.
file(READ ${PROJECT_SOURCE_DIR}/LICENSE salesbuddy_mit_license)
set(installer_license ${CMAKE_CURRENT_BINARY_DIR}/windows/installer-license.txt)
configure_file(${CMAKE_CURRENT_LIST_DIR}/installer-license.txt.in ${installer_license} @ONLY NEWLINE_STYLE CRLF)
set(CPACK_RESOURCE_FILE_LICENSE ${installer_license})
