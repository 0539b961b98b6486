# One INTERFACE target carries the language level, the warnings and the Qt defines every Planea
# target is built with, so they are stated once.
add_library(planea_common INTERFACE)
target_compile_features(planea_common INTERFACE cxx_std_20)
target_compile_definitions(planea_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# The version header, generated from project(VERSION) (see cmake/PlaneaVersion.h.in).
configure_file(${CMAKE_CURRENT_LIST_DIR}/PlaneaVersion.h.in ${PROJECT_BINARY_DIR}/generated/PlaneaVersion.h @ONLY)
target_include_directories(planea_common INTERFACE ${PROJECT_BINARY_DIR}/generated)

# Install layout: GNU on Linux (/usr/bin, /usr/share/...); flat on Windows, where planea.exe, the Qt
# DLLs and windeployqt's plugin folders sit in one folder (installer and portable ZIP, see packaging/).
if(WIN32 AND NOT DEFINED CMAKE_INSTALL_BINDIR)
    set(CMAKE_INSTALL_BINDIR ".")
endif()
include(GNUInstallDirs)

if(MSVC)
    target_compile_options(planea_common INTERFACE /W4 /utf-8 /permissive-)
    if(PLANEA_WERROR)
        target_compile_options(planea_common INTERFACE /WX)
    endif()
else()
    target_compile_options(planea_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(PLANEA_WERROR)
        target_compile_options(planea_common INTERFACE -Werror)
    endif()
endif()

if(PLANEA_SANITIZE)
    target_compile_options(planea_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(planea_common INTERFACE -fsanitize=address,undefined)
endif()
