# How every jalur target is built: the same warnings, and libraries whose headers only their dependents can include.

option(JALUR_WARNINGS_AS_ERRORS "Make compiler warnings errors (CI builds with ON)" OFF)

# -Wall -Wextra -Wpedantic on the target's own sources (not on its dependents'), -Werror when asked.
function(jalur_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
                                           $<$<BOOL:${JALUR_WARNINGS_AS_ERRORS}>:-Werror>)
endfunction()

# jalur_<name> (alias jalur::<name>): a static library of every .cpp under the calling folder <name>/, except
# those listed after EXCLUDE. Its headers are included as "<name>/…" through an include root in the build tree
# that holds this one folder (include/<name>/<name> → the source folder), not the whole source tree: a file can
# include only the headers of its own library and of the libraries it links, so an include against the
# architecture's direction (docs/architecture.md) does not build.
function(jalur_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "EXCLUDE")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  foreach(excluded IN LISTS ARG_EXCLUDE)
    list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${excluded})
  endforeach()
  add_library(jalur_${name} STATIC ${sources})
  add_library(jalur::${name} ALIAS jalur_${name})
  set(root ${PROJECT_BINARY_DIR}/include/${name})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${name} SYMBOLIC)
  target_include_directories(jalur_${name} PUBLIC $<BUILD_INTERFACE:${root}>
                                                  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/jalur>)
  jalur_warnings(jalur_${name})
  install(TARGETS jalur_${name} ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
  install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/jalur/${name}
          FILES_MATCHING PATTERN "*.hpp")
endfunction()
