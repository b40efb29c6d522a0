# Compiler settings shared by every target of the project.
add_library(dyna_project_options INTERFACE)
target_compile_options(dyna_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(DYNA_WARNINGS_AS_ERRORS)
    target_compile_options(dyna_project_options INTERFACE -Werror)
endif()
if(DYNA_FUZZ)
    # Every library is instrumented for coverage-guided fuzzing; only fuzz targets get main().
    target_compile_options(dyna_project_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(dyna_project_options INTERFACE -fsanitize=address,undefined)
elseif(DYNA_SANITIZE)
    target_compile_options(dyna_project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(dyna_project_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(dyna_project_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS QT_NO_KEYWORDS
    DYNA_VERSION="${PROJECT_VERSION}")
