# CPack: what every installer says about the package, then each generator's own settings. `cpack` in the build
# folder builds the platform's default installers; `cpack -G DEB` (RPM, NSIS, DragNDrop) builds one.

set(CPACK_PACKAGE_NAME salesbuddy)
set(CPACK_PACKAGE_VENDOR "${SALESBUDDY_PACKAGE_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${SALESBUDDY_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Entity extraction console and service for sales notes")
# Wrapped by hand: the .deb's Description field keeps lines as they are, and Debian policy §5.6.13 wants them short.
set(CPACK_PACKAGE_DESCRIPTION [[
Sales Buddy Console pulls people, companies, places, products, amounts,
contacts, dates and times out of meeting notes, offline or through OpenAI,
Mistral or any OpenAI-compatible server. Its desktop window is also the admin
console of the extraction service running inside it: provider keys in the
system keychain with guided rotation, fallback and budgets, rate limits,
health, a security checklist and a tamper-evident audit log.

The salesbuddy command runs the same service headless, with systemd units for
a server or a user session, and administers keys, environments, rotation and
the audit log from a terminal.]])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sales Buddy Console")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Release builds have no debug info, but the symbol tables stay until CPack strips them (lintian:
# unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# `make package_source`: the tree without build folders, VCS data or the gazetteer builder's npm packages.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME salesbuddy-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/node_modules/" "/\\.cache/" "\\.swp$")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/NSIS.cmake)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/DragNDrop.cmake)
else()
    # RPM only where rpmbuild is there to make it (Debian: the rpm package).
    find_program(SALESBUDDY_RPMBUILD rpmbuild)
    set(CPACK_GENERATOR DEB)
    if(SALESBUDDY_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/DebRpm.cmake)
endif()

include(CPack)
