# Runs inside cpack after the staging install, for every generator (CPACK_PRE_BUILD_SCRIPTS); acts for RPM only.
# Removes what only a .deb should carry: the Debian changelog and the lintian overrides.
if(CPACK_GENERATOR STREQUAL "RPM")
    file(GLOB_RECURSE debian_only
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/doc/salesbuddy/changelog.Debian.gz"
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/lintian/overrides/salesbuddy")
    if(debian_only)
        file(REMOVE ${debian_only})
    endif()
    # Now-empty folders would be listed as owned by the package.
    file(GLOB lintian_dir "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/lintian")
    if(lintian_dir)
        file(REMOVE_RECURSE ${lintian_dir})
    endif()
endif()
