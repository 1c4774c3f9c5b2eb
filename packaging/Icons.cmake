# The app's icon rendered from resources/icons/stratum-deploy.svg at build time, for the
# hicolor theme (Linux) and the .icns (macOS): stratum_render_icons(OUTDIR SIZES… OUTPUTS var).
find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
if(NOT TARGET stratum-render-icons)
    qt_add_executable(stratum-render-icons ${PROJECT_SOURCE_DIR}/tools/render-icons/render-icons.cpp)
    target_link_libraries(stratum-render-icons PRIVATE Qt6::Gui Qt6::Svg)
    set_target_properties(stratum-render-icons PROPERTIES MACOSX_BUNDLE FALSE)
endif()

function(stratum_render_icons outdir)
    cmake_parse_arguments(I "" "OUTPUTS" "SIZES" ${ARGN})
    set(pngs)
    foreach(size IN LISTS I_SIZES)
        list(APPEND pngs ${outdir}/${size}x${size}.png)
    endforeach()
    add_custom_command(OUTPUT ${pngs}
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:stratum-render-icons>
                ${PROJECT_SOURCE_DIR}/resources/icons/stratum-deploy.svg ${outdir} ${I_SIZES}
        DEPENDS stratum-render-icons ${PROJECT_SOURCE_DIR}/resources/icons/stratum-deploy.svg
        COMMENT "Icons from stratum-deploy.svg: ${I_SIZES}")
    set(${I_OUTPUTS} ${pngs} PARENT_SCOPE)
endfunction()
