# ctest helper: the MIME type XML loads into a fresh shared-mime-info database without warnings
# and defines application/x-planea.
#   cmake -DUPDATE_MIME_DATABASE=... -DMIME_XML=... -DWORK_DIR=... -P CheckMime.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/packages)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} -V ${WORK_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR err MATCHES "[Ww]arning|[Ee]rror|[Ii]nvalid")
    message(FATAL_ERROR "update-mime-database failed (${rc}):\n${out}\n${err}")
endif()
if(NOT EXISTS ${WORK_DIR}/application/x-planea.xml)
    message(FATAL_ERROR "application/x-planea is not in the generated database:\n${out}\n${err}")
endif()
file(READ ${WORK_DIR}/magic magic)
message(STATUS "application/x-planea defined; magic database ${WORK_DIR}/magic")
