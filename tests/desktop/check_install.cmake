# Installs the build tree into a fresh prefix and checks the desktop integration files are there.
# cmake -DBUILD_DIR=... -DPREFIX=... -DBINDIR=bin -DDATADIR=share -DAPP_ID=... -P check_install.cmake
foreach(var BUILD_DIR PREFIX BINDIR DATADIR APP_ID)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_install.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    "${BINDIR}/awesome-curator"
    "${DATADIR}/icons/hicolor/scalable/apps/awesome-curator.svg"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml")
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}" OR IS_DIRECTORY "${PREFIX}/${file}")
        list(APPEND missing "${file}")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing_text)
    message(FATAL_ERROR "Not installed under ${PREFIX}:\n  ${missing_text}\ncmake --install said:\n${output}")
endif()
message(STATUS "Installed under ${PREFIX}: ${expected}")
