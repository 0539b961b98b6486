; Planea's Windows installer (NSIS 3). Installs for the current user only, without administrator
; rights, into %LOCALAPPDATA%\Programs\Planea; Start-menu shortcut; .planea opens with Planea
; (HKCU\Software\Classes); an uninstaller in "Aplicaciones instaladas" that removes the program's
; files and keeps the user's plans, backups and data.
;
; Built by `cmake --build <build> --target installer` (packaging/windows/Windows.cmake), which
; stages the program folder and generates the file lists; by hand:
;   makensis -DVERSION=0.1.0 -DSTAGE_DIR=<staged folder> -DLISTS_DIR=<folder with *-files.nsh>
;            -DICON=resources\icons\planea.ico -DLICENSE_FILE=LICENSE -DOUT_FILE=Planea.exe planea.nsi
; tools/check-nsis.sh compiles it on Linux against a placeholder tree.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Falta -DVERSION=x.y.z (la versión de project() en CMakeLists.txt)"
!endif
!ifndef STAGE_DIR
  !error "Falta -DSTAGE_DIR=<carpeta preparada con cmake --install>"
!endif
!ifndef LISTS_DIR
  !define LISTS_DIR "${STAGE_DIR}\.."
!endif
!ifndef OUT_FILE
  !define OUT_FILE "Planea-${VERSION}-instalador-win64.exe"
!endif

!define APP_NAME "Planea"
!define APP_EXE "planea.exe"
!define PROG_ID "Planea.Plan"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Planea"
!define CLASSES_KEY "Software\Classes"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
; Per user, no UAC prompt: everything goes under the user's own profile and HKCU.
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Planea"
InstallDirRegKey HKCU "Software\Planea\Instalacion" "Carpeta"
BrandingText "Planea ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1034 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1034 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1034 "FileDescription" "Instalador de Planea"
VIAddVersionKey /LANG=1034 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Abrir Planea ahora"

!insertmacro MUI_PAGE_WELCOME
!ifdef LICENSE_FILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!endif
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Spanish"

Section "Planea" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An older Planea in the same folder is replaced file by file.
  !include "${LISTS_DIR}\install-files.nsh"

  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\desinstalar.exe"
  WriteRegStr HKCU "Software\Planea\Instalacion" "Carpeta" "$INSTDIR"

  ; Start menu (the current user's).
  CreateShortCut "$SMPROGRAMS\Planea.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
      SW_SHOWNORMAL "" "Planes de desarrollo territorial"

  ; .planea files open with Planea (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "${CLASSES_KEY}\.planea" "" "${PROG_ID}"
  WriteRegStr HKCU "${CLASSES_KEY}\.planea" "Content Type" "application/x-planea"
  WriteRegStr HKCU "${CLASSES_KEY}\${PROG_ID}" "" "Plan de desarrollo de Planea"
  WriteRegStr HKCU "${CLASSES_KEY}\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${CLASSES_KEY}\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES_KEY}\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  ; "Aplicaciones instaladas" (Settings) / "Programas y características", for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Planea"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Planea"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\desinstalar.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\desinstalar.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; The uninstaller removes exactly the files the installer wrote (install-files.nsh lists them) and
; the folders left empty. It never touches the user's plans (wherever they were saved), their
; backups, nor Planea's data folder (%LOCALAPPDATA%\Planea: demo plan, imported catalogs).
Section "Uninstall"
  SetShellVarContext current
  !include "${LISTS_DIR}\uninstall-files.nsh"
  Delete "$INSTDIR\desinstalar.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\Planea.lnk"

  ; The association goes only if it still points to this Planea.
  ReadRegStr $0 HKCU "${CLASSES_KEY}\.planea" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "${CLASSES_KEY}\.planea"
  DeleteRegKey HKCU "${CLASSES_KEY}\${PROG_ID}"
  DeleteRegKey HKCU "${CLASSES_KEY}\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Planea\Instalacion"
  ; Software\Planea\Planea (recent plans, window size) stays, like the data: a reinstall finds them.
SectionEnd
