# Linux: the FHS layout a distribution package uses, under CMAKE_INSTALL_PREFIX (/usr in the .deb and .rpm, see
# CPackSettings.cmake). Included from packaging/CMakeLists.txt.

set(linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(generated_dir ${CMAKE_CURRENT_BINARY_DIR}/linux)
# Debian policy §12.3 and Fedora's both name the doc folder after the package, not after the CMake project.
set(SALESBUDDY_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/salesbuddy)

install(TARGETS salesbuddy salesbuddy-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Desktop entry, icons and AppStream metadata, all named by the application id so that software centres tie them
# together (the AppStream spec's "launchable" and "icon" rules).
install(FILES ${linux_dir}/${SALESBUDDY_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# The hicolor sizes of the freedesktop icon theme spec; 1024 is rendered for macOS only, hicolor has no such folder.
foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
    install(FILES ${salesbuddy_icons}/png/salesbuddy-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${SALESBUDDY_APP_ID}.png)
endforeach()
install(FILES ${salesbuddy_icons}/salesbuddy.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SALESBUDDY_APP_ID}.svg)

# Screenshots are fetched by software centres from the repository that HOMEPAGE_URL names.
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/" SALESBUDDY_SCREENSHOT_BASE
       "${PROJECT_HOMEPAGE_URL}/main/docs/screenshots")
configure_file(${linux_dir}/${SALESBUDDY_APP_ID}.metainfo.xml.in ${generated_dir}/${SALESBUDDY_APP_ID}.metainfo.xml
               @ONLY)
install(FILES ${generated_dir}/${SALESBUDDY_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Debian revision 1 of the upstream version: a version with a revision makes the package non-native, which is what
# lintian expects of a package whose changelog is changelog.Debian.gz.
set(SALESBUDDY_DEB_VERSION ${PROJECT_VERSION}-1)
# The changelog's trailer line wants an RFC 5322 date; `date -R` writes it in English whatever the locale.
execute_process(COMMAND date -u -R -d "${SALESBUDDY_RELEASE_DATE} 12:00"
                OUTPUT_VARIABLE SALESBUDDY_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
configure_file(${linux_dir}/changelog.Debian.in ${generated_dir}/changelog.Debian @ONLY)
configure_file(${linux_dir}/salesbuddy.1.in ${generated_dir}/salesbuddy.1 @ONLY)
configure_file(${linux_dir}/salesbuddy-console.1.in ${generated_dir}/salesbuddy-console.1 @ONLY)

# Man pages and the changelog are installed gzip-compressed at the highest level and without a name or timestamp in
# the header (Debian policy §12.1 and §12.7; lintian checks both), so the package is reproducible.
find_program(SALESBUDDY_GZIP gzip REQUIRED)
set(compressed)
foreach(name IN ITEMS salesbuddy.1 salesbuddy-console.1 changelog.Debian)
    add_custom_command(
        OUTPUT ${generated_dir}/gz/${name}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${generated_dir}/${name} ${generated_dir}/gz/${name}
        COMMAND ${SALESBUDDY_GZIP} -9 -n -f ${generated_dir}/gz/${name}
        DEPENDS ${generated_dir}/${name}
        COMMENT "Compressing ${name}"
        VERBATIM)
    list(APPEND compressed ${generated_dir}/gz/${name}.gz)
endforeach()
add_custom_target(salesbuddy_compressed_docs ALL DEPENDS ${compressed})
install(FILES ${generated_dir}/gz/salesbuddy.1.gz ${generated_dir}/gz/salesbuddy-console.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${linux_dir}/copyright ${generated_dir}/gz/changelog.Debian.gz DESTINATION ${SALESBUDDY_DOC_DIR})
install(FILES ${linux_dir}/salesbuddy.env.example DESTINATION ${SALESBUDDY_DOC_DIR}/examples RENAME salesbuddy.env)
install(FILES ${linux_dir}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME salesbuddy)

# systemd units, system and user. Not under CMAKE_INSTALL_LIBDIR: systemd looks in <prefix>/lib/systemd, never in
# Debian's multiarch lib/x86_64-linux-gnu. ExecStart= needs the program's absolute path, which is known only at
# install time (`cmake --install --prefix …`, CPack's /usr), so the units are written then.
foreach(kind IN ITEMS system user)
    install(CODE "
        set(SALESBUDDY_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        set(SALESBUDDY_DOC_DIR \"\${CMAKE_INSTALL_PREFIX}/${SALESBUDDY_DOC_DIR}\")
        set(PROJECT_HOMEPAGE_URL \"${PROJECT_HOMEPAGE_URL}\")
        configure_file(\"${linux_dir}/systemd/${kind}/salesbuddy.service.in\"
                       \"${generated_dir}/systemd/${kind}/salesbuddy.service\" @ONLY)")
    install(FILES ${generated_dir}/systemd/${kind}/salesbuddy.service DESTINATION lib/systemd/${kind})
endforeach()
