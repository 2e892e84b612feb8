# Packages of the portolan executable (see packaging/README.md): `cpack -G DEB` or `-G TGZ` in build/.
install(TARGETS portolan RUNTIME DESTINATION bin)
set(CPACK_PACKAGE_NAME portolan)
set(CPACK_PACKAGE_VENDOR "Portolan")
set(CPACK_PACKAGE_CONTACT "Portolan developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR TGZ DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
