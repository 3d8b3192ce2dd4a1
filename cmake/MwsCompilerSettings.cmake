# Warnings and Qt API hygiene for every target of the project, applied through one interface
# library so that third-party code is not affected.
add_library(mws_build_settings INTERFACE)

if(MSVC)
    target_compile_options(mws_build_settings INTERFACE /W4 /permissive-)
    if(MWS_WARNINGS_AS_ERRORS)
        target_compile_options(mws_build_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(mws_build_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
    if(MWS_WARNINGS_AS_ERRORS)
        target_compile_options(mws_build_settings INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(mws_build_settings INTERFACE
    QT_NO_CONTEXTLESS_CONNECT        # every connection names the object whose lifetime bounds it
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060800
    MWS_VERSION="${PROJECT_VERSION}")
