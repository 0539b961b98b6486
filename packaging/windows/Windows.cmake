# Windows deployment (included from packaging/CMakeLists.txt when WIN32). Layout: one flat folder
#   planea.exe, planea-cli.exe, Qt DLLs and plugin folders (windeployqt), QuaZip/zlib DLLs (vcpkg),
#   the MSVC runtime DLLs, translations/ (Qt's Spanish), LICENSE.txt
# `cmake --install` stages it; CPack ZIP adds portable.txt (the portable ZIP); the NSIS installer
# (planea.nsi, target `installer`) packs the staged folder without portable.txt. docs/WINDOWS.md.

# Icon and version resource of planea.exe (Explorer, taskbar, file properties).
set(PLANEA_ICO ${PROJECT_SOURCE_DIR}/resources/icons/planea.ico)
configure_file(${CMAKE_CURRENT_LIST_DIR}/planea.rc.in ${CMAKE_CURRENT_BINARY_DIR}/planea.rc @ONLY)
if(TARGET planea)
    target_sources(planea PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/planea.rc)
endif()

# Qt: windeployqt through Qt's deploy script (Qt DLLs; platform, style, SQLite-driver, print-support
# and image plugins; Qt's translations, among them qtbase_es.qm). planea-cli needs a subset of the
# same DLLs and plugins, so deploying planea covers it.
if(TARGET planea)
    qt_generate_deploy_app_script(TARGET planea OUTPUT_SCRIPT PLANEA_DEPLOY_SCRIPT)
    install(SCRIPT ${PLANEA_DEPLOY_SCRIPT})
endif()

# Non-Qt DLLs (QuaZip, zlib from vcpkg): every DLL the executables load that is neither Qt's
# (windeployqt copies those) nor Windows' own.
set(PLANEA_EXES "\"$<TARGET_FILE:planea-cli>\"")
if(TARGET planea)
    string(APPEND PLANEA_EXES " \"$<TARGET_FILE:planea>\"")
endif()
set(PLANEA_DLL_DIRS "\"$<TARGET_FILE_DIR:QuaZip::QuaZip>\"")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    string(APPEND PLANEA_DLL_DIRS " \"${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin\"")
endif()
if(ZLIB_LIBRARY_RELEASE)
    get_filename_component(zlib_lib_dir "${ZLIB_LIBRARY_RELEASE}" DIRECTORY)
    string(APPEND PLANEA_DLL_DIRS " \"${zlib_lib_dir}/../bin\"")
endif()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${PLANEA_EXES}
        DIRECTORIES ${PLANEA_DLL_DIRS}
        PRE_EXCLUDE_REGEXES [[api-ms-.*]] [[ext-ms-.*]] [[[Qq]t6.*]] [[vcruntime.*]] [[msvcp.*]] [[concrt.*]]
        POST_EXCLUDE_REGEXES [[.*[/\\\\][Ss]ystem32[/\\\\].*]] [[.*[/\\\\][Ww]indows[/\\\\].*]]
        RESOLVED_DEPENDENCIES_VAR planea_dlls
        UNRESOLVED_DEPENDENCIES_VAR planea_missing)
    foreach(dll \${planea_dlls})
        file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    if(planea_missing)
        message(WARNING \"DLL no encontradas: \${planea_missing}\")
    endif()
")

# The MSVC runtime next to the program: a user without administrator rights cannot run
# vc_redist, so the DLLs travel app-local (installer and portable ZIP alike).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_BINDIR} RENAME LICENSE.txt)

# portable.txt only in the portable ZIP: component Portable, which CPack ZIP packs and the installer's
# staging (`cmake --install --component Unspecified`) leaves out.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/portable.txt DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Portable)

# `cmake --build build --target installer`: stage the program folder, list its files for the
# installer and the uninstaller, and compile planea.nsi with makensis (NSIS 3).
find_program(MAKENSIS makensis PATHS "$ENV{ProgramFiles}/NSIS" "$ENV{ProgramFiles\(x86\)}/NSIS")
if(MAKENSIS)
    set(PLANEA_STAGE_DIR ${PROJECT_BINARY_DIR}/installer/stage)
    add_custom_target(installer
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${PLANEA_STAGE_DIR}
        COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${PLANEA_STAGE_DIR} --config $<CONFIG>
            --component Unspecified
        COMMAND ${CMAKE_COMMAND} -DSTAGE_DIR=${PLANEA_STAGE_DIR} -DOUT_DIR=${PROJECT_BINARY_DIR}/installer
            -P ${CMAKE_CURRENT_LIST_DIR}/NsisFileList.cmake
        COMMAND ${MAKENSIS} -V2 -DVERSION=${PROJECT_VERSION} -DSTAGE_DIR=${PLANEA_STAGE_DIR}
            -DLISTS_DIR=${PROJECT_BINARY_DIR}/installer -DICON=${PLANEA_ICO}
            -DLICENSE_FILE=${PROJECT_SOURCE_DIR}/LICENSE
            -DOUT_FILE=${PROJECT_BINARY_DIR}/packages/Planea-${PROJECT_VERSION}-instalador-win64.exe
            ${CMAKE_CURRENT_LIST_DIR}/planea.nsi
        DEPENDS planea planea-cli
        COMMENT "Instalador de Planea ${PROJECT_VERSION} (NSIS)"
        VERBATIM)
endif()
