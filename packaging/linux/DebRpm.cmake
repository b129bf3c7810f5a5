# CPack settings of the .deb and the .rpm. Included from packaging/CPackSettings.cmake.

# Both generators stage with DESTDIR and CMAKE_INSTALL_PREFIX set to this, so the install-time steps (the systemd
# units' ExecStart=) see the path the package installs to, not CPack's staging folder; check-deb.sh checks the result.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# --- .deb -----------------------------------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # salesbuddy_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)     # matches SALESBUDDY_DEB_VERSION in linux/Linux.cmake
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SALESBUDDY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps turns the libraries the programs link (Qt, QtKeychain, libphonenumber) into Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is loaded at run time and so invisible to dpkg-shlibdeps: the SVG icon engine and image plugin the window
# icon needs (Debian and Ubuntu ship them in libqt6svg6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# A Secret Service for the keychain on a desktop; a server runs without one and takes keys from the environment.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager | keepassxc, qt6-wayland")
# 0644/0755 control files whatever the umask (lintian: control-file-has-bad-permissions).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# --- .rpm -----------------------------------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT) # salesbuddy-<version>-<release>.<arch>.rpm
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Without this the .rpm would carry CPack's placeholder text (its default description file) instead.
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Not relocatable: the systemd units name /usr/bin/salesbuddy.
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
# rpmbuild's automatic Requires cover the linked libraries. The SVG plugin's package has a different name on each
# RPM distribution (Fedora qt6-qtsvg, openSUSE qt6-svg), so it is not named here: the window then lacks its icon.
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# Folders that the filesystem, systemd and hicolor-icon-theme packages own: listing them again would make the
# package claim them too.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/lib/systemd /usr/lib/systemd/system /usr/lib/systemd/user
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
# The Debian changelog has no place in an .rpm, whose changelog lives in the package header.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/RpmPreBuild.cmake)
