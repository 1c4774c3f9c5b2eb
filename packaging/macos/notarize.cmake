# CPACK_POST_BUILD_SCRIPTS: after cpack made the DMG. With a Developer ID the DMG is signed; with a
# notary profile it is submitted to Apple (xcrun notarytool submit --wait), accepted or the build
# fails with Apple's log, then the ticket is stapled to it (xcrun stapler staple). Ad hoc builds stop
# after the DMG: they run on the machine that built them (and others after "Open" in Finder).
foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
    if(CPACK_STRATUM_CODESIGN_IDENTITY STREQUAL "-")
        message(STATUS "${dmg}: signed ad hoc (no Developer ID given), not notarized")
        continue()
    endif()
    execute_process(COMMAND "${CPACK_STRATUM_CODESIGN}" --force --timestamp --sign "${CPACK_STRATUM_CODESIGN_IDENTITY}" "${dmg}"
                    RESULT_VARIABLE signed ERROR_VARIABLE signError)
    if(NOT signed EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${dmg}: ${signError}")
    endif()
    if(NOT CPACK_STRATUM_NOTARY_PROFILE)
        message(STATUS "${dmg}: signed with ${CPACK_STRATUM_CODESIGN_IDENTITY}, not notarized (no STRATUM_NOTARY_PROFILE)")
        continue()
    endif()
    message(STATUS "Notarizing ${dmg} (xcrun notarytool, profile ${CPACK_STRATUM_NOTARY_PROFILE}); this waits for Apple")
    execute_process(COMMAND xcrun notarytool submit "${dmg}" --keychain-profile "${CPACK_STRATUM_NOTARY_PROFILE}" --wait
                    RESULT_VARIABLE submitted OUTPUT_VARIABLE notaryOutput ERROR_VARIABLE notaryError)
    # notarytool can end with 0 while Apple said Invalid: the status line decides.
    if(NOT submitted EQUAL 0 OR NOT notaryOutput MATCHES "status: Accepted")
        string(REGEX MATCH "id: ([0-9a-f-]+)" _ "${notaryOutput}")
        message(FATAL_ERROR "notarization of ${dmg} was not accepted:\n${notaryOutput}\n${notaryError}\n"
                            "Apple's log: xcrun notarytool log ${CMAKE_MATCH_1} --keychain-profile ${CPACK_STRATUM_NOTARY_PROFILE}")
    endif()
    execute_process(COMMAND xcrun stapler staple "${dmg}" RESULT_VARIABLE stapled ERROR_VARIABLE stapleError)
    if(NOT stapled EQUAL 0)
        message(FATAL_ERROR "stapler staple failed for ${dmg}: ${stapleError}")
    endif()
    message(STATUS "${dmg}: signed, notarized and stapled")
endforeach()
