# macOS: one self-contained app bundle, "Sales Buddy Console.app": the console, the salesbuddy command beside it in
# Contents/MacOS, Qt's frameworks and plugins and the other libraries they load (macdeployqt), signed. The .dmg
# carries it. Included from packaging/CMakeLists.txt.

set(macos_dir ${CMAKE_CURRENT_LIST_DIR})
set(generated_dir ${CMAKE_CURRENT_BINARY_DIR}/macos)
set(bundle "Sales Buddy Console.app")

# The oldest macOS the bundle claims to run on must match what it was built for: the deployment target when one is
# set, else the macOS building it (clang's default then).
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(SALESBUDDY_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE host_version OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX MATCH "^[0-9]+" host_major "${host_version}")
    set(SALESBUDDY_MACOS_MINIMUM "${host_major}.0")
    message(STATUS "LSMinimumSystemVersion ${SALESBUDDY_MACOS_MINIMUM} (this Mac); set CMAKE_OSX_DEPLOYMENT_TARGET to "
                   "build for older ones")
endif()
configure_file(${macos_dir}/Info.plist.in ${generated_dir}/Info.plist.in @ONLY)

# The bundle's name is what Finder and the Dock show, so it is the product's name, not the target's.
set(icns ${salesbuddy_icons}/salesbuddy.icns)
set_target_properties(salesbuddy-console PROPERTIES
    OUTPUT_NAME "Sales Buddy Console"
    MACOSX_BUNDLE_INFO_PLIST ${generated_dir}/Info.plist.in)
target_sources(salesbuddy-console PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY salesbuddy-console PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# QtKeychain built from source is linked as @rpath/libqt6keychain…dylib. `cmake --install` drops the build tree's
# rpaths, and macdeployqt then cannot tell where that library is: it leaves it out of the bundle and the programs stop
# at launch. Keeping the link folders outside the build tree (QtKeychain's lib) as install rpaths lets it resolve
# the library, copy it into Contents/Frameworks and point the binaries there.
set_target_properties(salesbuddy-console salesbuddy PROPERTIES INSTALL_RPATH_USE_LINK_PATH ON)

install(TARGETS salesbuddy-console BUNDLE DESTINATION .)
# The command-line program lives inside the bundle, so it shares the bundle's Qt; admins link it onto their PATH
# (docs/PACKAGING.md).
install(TARGETS salesbuddy RUNTIME DESTINATION "${bundle}/Contents/MacOS")
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${salesbuddy_notices} DESTINATION "${bundle}/Contents/Resources")
install(DIRECTORY ${salesbuddy_licenses}/ DESTINATION "${bundle}/Contents/Resources/licenses")
# The license files of the Homebrew libraries macdeployqt copies in (libphonenumber and what it loads, PCRE2), from the
# LICENSE or COPYING file Homebrew keeps in each formula's folder: several of those licenses ask for their text to
# travel with the binaries. Formulae that are not installed, or have no such file, are skipped.
find_program(SALESBUDDY_BREW brew)
if(SALESBUDDY_BREW)
    execute_process(COMMAND ${SALESBUDDY_BREW} --prefix OUTPUT_VARIABLE brew_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE brew_result)
    if(brew_result EQUAL 0 AND IS_DIRECTORY "${brew_prefix}/opt")
        foreach(formula IN ITEMS libphonenumber pcre2 protobuf abseil re2 icu4c boost)
            file(GLOB formula_licenses "${brew_prefix}/opt/${formula}/LICENSE*" "${brew_prefix}/opt/${formula}/COPYING*"
                 "${brew_prefix}/opt/${formula}/license*")
            if(formula_licenses)
                list(GET formula_licenses 0 formula_license)
                install(FILES "${formula_license}" DESTINATION "${bundle}/Contents/Resources/licenses"
                        RENAME "${formula}.txt")
            endif()
        endforeach()
    endif()
endif()

# macdeployqt, through Qt's deploy API (Qt 6.3+), copies Qt's frameworks and plugins and every other non-system
# library (QtKeychain, libphonenumber and its dependencies) into the bundle and points the binaries at them. The
# command-line program is handed to it as well. The window icon is an SVG and needs the SVG icon engine, which
# macdeployqt adds only when a binary uses QtSvg: installing the plugin first and naming it makes it do so.
find_package(Qt6 QUIET COMPONENTS Svg)
set(svg_plugin_code "")
if(TARGET Qt6::QSvgIconPlugin)
    install(FILES $<TARGET_FILE:Qt6::QSvgIconPlugin> DESTINATION "${bundle}/Contents/PlugIns/iconengines")
    set(svg_plugin_code
        "ADDITIONAL_MODULES \"${bundle}/Contents/PlugIns/iconengines/$<TARGET_FILE_NAME:Qt6::QSvgIconPlugin>\"")
else()
    message(WARNING "QtSvg not found: the installed console will have no window icon")
endif()
file(GENERATE OUTPUT ${generated_dir}/deploy-qt-$<CONFIG>.cmake CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${bundle}\"
    ADDITIONAL_EXECUTABLES \"${bundle}/Contents/MacOS/$<TARGET_FILE_NAME:salesbuddy>\"
    ${svg_plugin_code})
")
install(CODE "include(\"${generated_dir}/deploy-qt-\${CMAKE_INSTALL_CONFIG_NAME}.cmake\")")

# Deployment rewrote every binary, which breaks the signatures the linker made, and Apple silicon runs no unsigned
# code. Sign the whole bundle again: ad hoc ("-") by default, which runs on the Mac that built it and, once the
# quarantine flag is cleared, on others; a release passes a Developer ID (with the hardened runtime that notarization
# requires). The keychain ties a stored key to the signature, so with ad-hoc signing each new build asks once for
# access to keys an earlier build stored.
set(SALESBUDDY_CODESIGN_IDENTITY "-" CACHE STRING "codesign identity for the macOS bundle (\"-\" signs ad hoc)")
if(SALESBUDDY_CODESIGN_IDENTITY STREQUAL "-")
    set(codesign_options "")
else()
    set(codesign_options "--options runtime --timestamp")
endif()
install(CODE "
    execute_process(
        COMMAND codesign --force --deep ${codesign_options} --sign \"${SALESBUDDY_CODESIGN_IDENTITY}\"
                \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle}\"
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(
        COMMAND codesign --verify --deep --strict \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${bundle}\"
        COMMAND_ERROR_IS_FATAL ANY)")
