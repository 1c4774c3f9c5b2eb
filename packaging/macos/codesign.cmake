# Runs at install time, after Qt's deploy step: signs every piece of code in the bundle from the
# inside out (frameworks, plugins, dylibs, stratumctl), then the bundle, then verifies it.
# Ad hoc ("-") by default; a Developer ID identity adds the hardened runtime and a secure timestamp,
# which notarization requires. Any failure stops the install.
#   STRATUM_APP  STRATUM_CODESIGN  STRATUM_CODESIGN_IDENTITY  STRATUM_ENTITLEMENTS
function(stratum_sign path)
    set(options --force --sign "${STRATUM_CODESIGN_IDENTITY}")
    if(NOT STRATUM_CODESIGN_IDENTITY STREQUAL "-")
        list(APPEND options --options runtime --timestamp)
    endif()
    list(APPEND options ${ARGN})
    execute_process(COMMAND "${STRATUM_CODESIGN}" ${options} "${path}" RESULT_VARIABLE result ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "codesign failed for ${path}: ${error}")
    endif()
endfunction()

if(NOT EXISTS "${STRATUM_APP}")
    message(FATAL_ERROR "codesign: ${STRATUM_APP} is not there; the install did not make the bundle")
endif()
message(STATUS "Signing ${STRATUM_APP} as ${STRATUM_CODESIGN_IDENTITY}")
file(GLOB_RECURSE libraries LIST_DIRECTORIES false "${STRATUM_APP}/Contents/Frameworks/*.dylib" "${STRATUM_APP}/Contents/PlugIns/*.dylib")
foreach(library IN LISTS libraries)
    stratum_sign("${library}")
endforeach()
file(GLOB frameworks LIST_DIRECTORIES true "${STRATUM_APP}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    stratum_sign("${framework}")
endforeach()
stratum_sign("${STRATUM_APP}/Contents/MacOS/stratumctl-engine")
stratum_sign("${STRATUM_APP}/Contents/MacOS/stratumctl")
stratum_sign("${STRATUM_APP}" --entitlements "${STRATUM_ENTITLEMENTS}")
execute_process(COMMAND "${STRATUM_CODESIGN}" --verify --deep --strict --verbose=2 "${STRATUM_APP}"
                RESULT_VARIABLE verified ERROR_VARIABLE verifyOutput)
if(NOT verified EQUAL 0)
    message(FATAL_ERROR "codesign --verify failed for ${STRATUM_APP}: ${verifyOutput}")
endif()
