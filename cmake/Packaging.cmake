# Desktop integration and the Debian package. `cmake --install` lays out bin/, the .desktop
# entry, the icon (SVG and PNG sizes), the AppStream metadata and the translations (also
# embedded in the executable); `cpack -G DEB` packs exactly that tree.
include(GNUInstallDirs)

set(DYNA_RESOURCES ${PROJECT_SOURCE_DIR}/resources)
install(FILES ${DYNA_RESOURCES}/linux/dynaconsole.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${DYNA_RESOURCES}/linux/io.github.dynaconsole.DynaConsole.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${DYNA_RESOURCES}/icons/dynaconsole.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${DYNA_RESOURCES}/icons/hicolor/${size}x${size}/apps/dynaconsole.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

set(CPACK_PACKAGE_NAME dynaconsole)
set(CPACK_PACKAGE_VENDOR "DynaConsole")
set(CPACK_PACKAGE_CONTACT "DynaConsole developers <dynaconsole@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME dynaconsole_${PROJECT_VERSION}_amd64)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
# The run-time libraries (Qt, QtKeychain, OpenSSL, simdjson) come from the binary's own links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The keychain needs a Secret Service; the SVG icon needs Qt's SVG plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6svg6, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
