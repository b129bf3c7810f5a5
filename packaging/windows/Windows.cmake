# Windows: a self-contained folder (programs, Qt and every other DLL they load, Qt plugins, MSVC runtime) that the
# NSIS installer copies to Program Files or to the user's own programs folder. Included from packaging/CMakeLists.txt.

set(windows_dir ${CMAKE_CURRENT_LIST_DIR})
set(generated_dir ${CMAKE_CURRENT_BINARY_DIR}/windows)

# A version resource and the icon in each .exe, from one template (Windows has no other place for them).
# The resource compiler takes forward slashes in a quoted path.
set(SALESBUDDY_RC_ICON ${salesbuddy_icons}/salesbuddy.ico)
foreach(target IN ITEMS salesbuddy salesbuddy-console)
    if(target STREQUAL "salesbuddy")
        set(SALESBUDDY_RC_DESCRIPTION "Sales Buddy service and administration")
    else()
        set(SALESBUDDY_RC_DESCRIPTION "Sales Buddy Console")
    endif()
    set(SALESBUDDY_RC_FILE_NAME ${target}.exe)
    configure_file(${windows_dir}/salesbuddy.rc.in ${generated_dir}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${generated_dir}/${target}.rc)
endforeach()

install(TARGETS salesbuddy salesbuddy-console
        RUNTIME_DEPENDENCY_SET salesbuddy_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# DLLs that are not Qt's (QtKeychain, libphonenumber and what it pulls in, when shared): CMake follows the programs'
# imports through these folders. Qt's DLLs are found too; windeployqt, below, then adds the plugins they need.
# System DLLs stay out: Windows provides them, and redistributing them is not allowed.
set(SALESBUDDY_RUNTIME_DIRS "" CACHE STRING "Extra folders to look for the programs' DLLs in (Windows installer)")
set(runtime_dirs ${SALESBUDDY_RUNTIME_DIRS})
if(DEFINED QT6_INSTALL_PREFIX)
    list(APPEND runtime_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND runtime_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(imported IN ITEMS Qt6Keychain::Qt6Keychain)
    if(TARGET ${imported})
        get_target_property(location ${imported} IMPORTED_LOCATION_RELEASE)
        if(NOT location)
            get_target_property(location ${imported} IMPORTED_LOCATION)
        endif()
        if(location)
            get_filename_component(location_dir "${location}" DIRECTORY)
            list(APPEND runtime_dirs "${location_dir}")
        endif()
    endif()
endforeach()
# A libphonenumber found without a CMake package (top-level CMakeLists.txt): its DLL would be in ../bin. With vcpkg's
# package there is no PHONENUMBER_LIBRARY, and vcpkg's bin is in the list already.
if(PHONENUMBER_LIBRARY)
    get_filename_component(phonenumber_prefix "${PHONENUMBER_LIBRARY}" DIRECTORY)
    list(APPEND runtime_dirs "${phonenumber_prefix}/../bin")
endif()
install(RUNTIME_DEPENDENCY_SET salesbuddy_runtime
        DIRECTORIES ${runtime_dirs}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ww]indows[/\\\\]"
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The MSVC runtime DLLs beside the programs, so that no separate redistributable has to be installed first.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# windeployqt, through Qt's deploy API (Qt 6.3+), copies Qt's DLLs and plugins (platform, styles, TLS, image
# formats) into the folder and writes qt.conf so Qt finds them. Both programs are given to it. The console draws its
# window icon from an SVG, which needs the SVG icon engine: no program links QtSvg, so windeployqt would not pick
# that plugin; installing it first and naming it to windeployqt makes it deploy QtSvg with it.
find_package(Qt6 QUIET COMPONENTS Svg)
set(svg_plugin_code "")
if(TARGET Qt6::QSvgIconPlugin)
    install(FILES $<TARGET_FILE:Qt6::QSvgIconPlugin> DESTINATION plugins/iconengines)
    set(svg_plugin_code "ADDITIONAL_MODULES \"plugins/iconengines/$<TARGET_FILE_NAME:Qt6::QSvgIconPlugin>\"")
else()
    message(WARNING "QtSvg not found: the installed console will have no window icon")
endif()
# One script per configuration: the deploy support file Qt generates is per configuration in multi-config builds.
file(GENERATE OUTPUT ${generated_dir}/deploy-qt-$<CONFIG>.cmake CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:salesbuddy-console>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:salesbuddy>\"
    ${svg_plugin_code}
    GENERATE_QT_CONF)
")
install(CODE "include(\"${generated_dir}/deploy-qt-\${CMAKE_INSTALL_CONFIG_NAME}.cmake\")")

# The license of the whole and of what the folder redistributes, with the license files vcpkg keeps for each port
# it built (share/<port>/copyright) when the libraries came from vcpkg.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
install(FILES ${salesbuddy_notices} DESTINATION .)
install(DIRECTORY ${salesbuddy_licenses}/ DESTINATION licenses)
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    file(GLOB port_copyrights "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/share/*/copyright")
    foreach(copyright IN LISTS port_copyrights)
        get_filename_component(port_dir "${copyright}" DIRECTORY)
        get_filename_component(port "${port_dir}" NAME)
        install(FILES "${copyright}" DESTINATION licenses RENAME "${port}.txt")
    endforeach()
endif()
