# What a Linux install holds, and the .deb made from it: `cpack -G DEB` in a Release build.
include(GNUInstallDirs)
include(${PROJECT_SOURCE_DIR}/packaging/Icons.cmake)

install(TARGETS stratum-deploy stratumctl stratumctl-engine RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.stratum.Deploy.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

# AppStream metainfo, with this version and the day it was configured.
string(TIMESTAMP STRATUM_RELEASE_DATE "%Y-%m-%d" UTC)
configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/org.stratum.Deploy.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/org.stratum.Deploy.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/org.stratum.Deploy.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# hicolor icons rendered from the SVG at build time, plus the SVG itself.
set(STRATUM_ICON_SIZES 16 22 32 48 64 128 256 512)
stratum_render_icons(${PROJECT_BINARY_DIR}/icons SIZES ${STRATUM_ICON_SIZES} OUTPUTS STRATUM_ICON_PNGS)
foreach(size IN LISTS STRATUM_ICON_SIZES)
    install(FILES ${PROJECT_BINARY_DIR}/icons/${size}x${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME stratum-deploy.png)
endforeach()
add_custom_target(stratum-icons ALL DEPENDS ${STRATUM_ICON_PNGS})
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/stratum-deploy.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The translations are compiled into the binaries (qt_add_translations, resource prefix /i18n):
# the app finds them wherever it is installed. The completions are installed by src/.

set(CPACK_PACKAGE_NAME stratum-deploy)
set(CPACK_PACKAGE_VENDOR "Stratum")
set(CPACK_PACKAGE_CONTACT "Stratum engineering <engineering@stratum.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the dependencies, from what the binaries link
# What dpkg-shlibdeps cannot see: Qt's plugins (the SVG icon, the windowing system).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-svg-plugins, qt6-qpa-plugins")
# Secrets live in a Secret Service keyring; ssh-agent comes with the OpenSSH client.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, openssh-client")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Deploy, watch and roll back the Stratum web product
 A desktop app (stratum-deploy) and a command line (stratumctl) for shipping the
 Stratum product to its droplet: emergency deploys by SHA, the GitHub workflow,
 checklists as gates, live health, and one-click rollback to known-good releases.")
set(CPACK_STRIP_FILES ON)
include(CPack)

# Registered in every build (also a Release build without the test suite): they test the package.
enable_testing()
block()
    # Both validators are the distributions' own; missing, the test is skipped and says so.
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    add_test(NAME desktop_file_validate
             COMMAND sh -c "command -v desktop-file-validate >/dev/null || { echo 'desktop-file-validate is not installed (apt install desktop-file-utils)'; exit 77; }; desktop-file-validate \"$1\"" sh
                     ${PROJECT_SOURCE_DIR}/packaging/linux/org.stratum.Deploy.desktop)
    add_test(NAME appstream_validate
             COMMAND sh -c "command -v appstreamcli >/dev/null || { echo 'appstreamcli is not installed (apt install appstream)'; exit 77; }; appstreamcli validate --no-net --pedantic \"$1\"" sh
                     ${PROJECT_BINARY_DIR}/org.stratum.Deploy.metainfo.xml)
    set_tests_properties(desktop_file_validate appstream_validate PROPERTIES LABELS unit SKIP_RETURN_CODE 77)
    # The .deb installed into a fresh Debian 13 root, then both binaries run from it.
    add_test(NAME package_installs_on_debian13
             COMMAND ${PROJECT_SOURCE_DIR}/packaging/linux/install-test.sh ${PROJECT_BINARY_DIR})
    set_tests_properties(package_installs_on_debian13 PROPERTIES LABELS install SKIP_RETURN_CODE 77 TIMEOUT 1800)
endblock()
