# Fails if any file under core/ includes Qt Widgets (or PrintSupport widgets): the core must build
# and run without a GUI.
file(GLOB_RECURSE files "${ROOT}/core/*.h" "${ROOT}/core/*.cpp")
set(offenders "")
foreach(f ${files})
    file(STRINGS "${f}" hits REGEX "#include[ \t]*<(QtWidgets|QWidget|QApplication|QDialog|QMessageBox|QMainWindow|QPrintDialog|QPrintPreview)")
    if(hits)
        list(APPEND offenders "${f}: ${hits}")
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "Qt Widgets used under core/:\n${offenders}")
endif()
message(STATUS "core/ is free of Qt Widgets (${CMAKE_MATCH_COUNT})")
