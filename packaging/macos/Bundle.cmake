# The operator's macOS app and its DMG (not run on these Linux machines; see packaging/macos/README.md):
#   stratum-deploy.app  Info.plist from packaging/macos/Info.plist.in, an .icns rendered from the SVG at
#                       build time (16–1024 px), stratumctl beside the app in Contents/MacOS, the shell
#                       completions in Contents/Resources/completions
#   install time        Qt's deploy step (macdeployqt through qt_generate_deploy_script), then codesign:
#                       ad hoc by default, a Developer ID with the hardened runtime when
#                       -DSTRATUM_CODESIGN_IDENTITY="Developer ID Application: …" is given
#   cpack -G DragNDrop  a compressed DMG with an Applications link; with -DSTRATUM_NOTARY_PROFILE=… it is
#                       signed, notarized (xcrun notarytool submit --wait) and stapled afterwards
# Every signing and notarization step fails the build loudly.
include(${PROJECT_SOURCE_DIR}/packaging/Icons.cmake)

set(STRATUM_BUNDLE_ID "org.stratum.Deploy" CACHE STRING "CFBundleIdentifier of stratum-deploy.app")
set(STRATUM_CODESIGN_IDENTITY "-" CACHE STRING "codesign identity: - signs ad hoc; \"Developer ID Application: NAME (TEAM)\" for distribution")
set(STRATUM_NOTARY_PROFILE "" CACHE STRING "xcrun notarytool keychain profile (notarytool store-credentials); empty: no notarization")
if(STRATUM_NOTARY_PROFILE AND STRATUM_CODESIGN_IDENTITY STREQUAL "-")
    message(FATAL_ERROR "STRATUM_NOTARY_PROFILE needs a Developer ID: set STRATUM_CODESIGN_IDENTITY too (ad hoc signatures are not notarized)")
endif()
find_program(STRATUM_ICONUTIL iconutil REQUIRED)
find_program(STRATUM_CODESIGN codesign REQUIRED)

# The .icns: an iconset's ten images (16–512 at 1x and 2x), all from the one SVG.
set(iconset ${PROJECT_BINARY_DIR}/stratum-deploy.iconset)
set(icns ${PROJECT_BINARY_DIR}/stratum-deploy.icns)
stratum_render_icons(${PROJECT_BINARY_DIR}/icons-macos SIZES 16 32 64 128 256 512 1024 OUTPUTS macIcons)
set(iconsetCopies)
foreach(pair "16;16x16" "32;16x16@2x" "32;32x32" "64;32x32@2x" "128;128x128" "256;128x128@2x" "256;256x256" "512;256x256@2x"
             "512;512x512" "1024;512x512@2x")
    list(GET pair 0 pixels)
    list(GET pair 1 name)
    list(APPEND iconsetCopies COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_BINARY_DIR}/icons-macos/${pixels}x${pixels}.png
         ${iconset}/icon_${name}.png)
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${iconsetCopies}
    COMMAND ${STRATUM_ICONUTIL} --convert icns --output ${icns} ${iconset}
    DEPENDS ${macIcons}
    COMMENT "stratum-deploy.icns from stratum-deploy.svg")
target_sources(stratum-deploy PRIVATE ${icns})
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

string(TIMESTAMP STRATUM_YEAR "%Y" UTC)
set_target_properties(stratum-deploy PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${STRATUM_BUNDLE_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "Stratum Deploy"
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© ${STRATUM_YEAR} Stratum"
    MACOSX_BUNDLE_ICON_FILE stratum-deploy.icns)

# In the build tree too, stratumctl lives in the bundle: the same layout as installed.
set_target_properties(stratumctl stratumctl-engine PROPERTIES RUNTIME_OUTPUT_DIRECTORY $<TARGET_BUNDLE_CONTENT_DIR:stratum-deploy>/MacOS)

install(TARGETS stratum-deploy BUNDLE DESTINATION .)
install(TARGETS stratumctl stratumctl-engine RUNTIME DESTINATION stratum-deploy.app/Contents/MacOS)
install(FILES ${CMAKE_BINARY_DIR}/completions/stratumctl ${CMAKE_BINARY_DIR}/completions/_stratumctl
        DESTINATION stratum-deploy.app/Contents/Resources/completions)

# Qt's deploy step runs at install time (also inside cpack's staging install), never as a post-build
# step that the install would overwrite: the Qt frameworks, plugins and the Homebrew libraries both
# executables link go into Contents/Frameworks.
qt_generate_deploy_script(TARGET stratum-deploy OUTPUT_SCRIPT stratumDeployScript CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"stratum-deploy.app\"
    ADDITIONAL_EXECUTABLES \"stratum-deploy.app/Contents/MacOS/stratumctl-engine\"
    GENERATE_QT_CONF
    VERBOSE)
")
install(SCRIPT ${stratumDeployScript})
# Then the signature, innermost code first (packaging/macos/codesign.cmake).
install(CODE "
set(STRATUM_APP \"\${CMAKE_INSTALL_PREFIX}/stratum-deploy.app\")
set(STRATUM_CODESIGN \"${STRATUM_CODESIGN}\")
set(STRATUM_CODESIGN_IDENTITY \"${STRATUM_CODESIGN_IDENTITY}\")
set(STRATUM_ENTITLEMENTS \"${PROJECT_SOURCE_DIR}/packaging/macos/stratum-deploy.entitlements\")
include(\"${PROJECT_SOURCE_DIR}/packaging/macos/codesign.cmake\")
")

set(CPACK_PACKAGE_NAME stratum-deploy)
set(CPACK_PACKAGE_VENDOR "Stratum")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "stratum-deploy-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Stratum Deploy")
set(CPACK_DMG_FORMAT UDZO) # compressed
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF) # the Applications link to drag the app onto
# After the DMG is made: its own signature, then notarization and stapling (packaging/macos/notarize.cmake).
set(CPACK_STRATUM_CODESIGN "${STRATUM_CODESIGN}")
set(CPACK_STRATUM_CODESIGN_IDENTITY "${STRATUM_CODESIGN_IDENTITY}")
set(CPACK_STRATUM_NOTARY_PROFILE "${STRATUM_NOTARY_PROFILE}")
set(CPACK_POST_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/macos/notarize.cmake)
include(CPack)
