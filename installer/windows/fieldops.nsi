; fieldops Windows installer (NSIS 3, Modern UI 2). Built by installer/windows/build.ps1 (docs/installer.md):
;
;   makensis /DVERSION=0.1.0 /DDIST_DIR=C:\src\fieldops\dist\fieldops ^
;            /DOUT_FILE=C:\src\fieldops\dist\fieldops-0.1.0-setup.exe ^
;            /DICON=C:\src\fieldops\build\icons\fieldops.ico installer\windows\fieldops.nsi
;
; Give absolute paths: makensis runs in this script's folder.
;
; * Per-user: no administrator rights, installs into %LOCALAPPDATA%\Programs\fieldops, Start-menu entry and
;   "Apps & features" entry for the current user only.
; * Pages in Latvian, Lithuanian or English (asked at the start, remembered for the uninstaller).
; * The file list is the PyInstaller folder build (DIST_DIR), taken whole.
; * The uninstaller removes the program and keeps the user's data (the workspace folder
;   %LOCALAPPDATA%\fieldops: encrypted database, key file, backups, preferences) unless "Also remove my data"
;   is ticked. A workspace moved elsewhere with --home or FIELDOPS_HOME is never touched.
;
; Optional defines: ICON (.ico for installer and uninstaller), SIGN_SCRIPT (a PowerShell script called as
; `-SignFile FILE`: build.ps1 itself; signs the uninstaller while it is built and the installer at the end),
; NOCOMPRESS (fast
; builds for script checks, e.g. tests/dist on Linux), VI_VERSION (four-part file version; VERSION.0 by default).

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (makensis /DVERSION=x.y.z)"
!endif
!ifndef DIST_DIR
  !error "DIST_DIR is not defined: the PyInstaller folder build (dist\fieldops)"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "fieldops-${VERSION}-setup.exe"
!endif
!ifndef VI_VERSION
  !define VI_VERSION "${VERSION}.0"
!endif

!define APP_NAME "fieldops"
!define APP_EXE "fieldops.exe"
!define PUBLISHER "fieldops"
!define REG_APP "Software\fieldops"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldops"
; Where the app keeps its data by default: platformdirs.user_data_dir("fieldops", appauthor=False)
; (fieldops/paths.py), i.e. %LOCALAPPDATA%\fieldops. Not the program folder.
!define DATA_DIR "$LOCALAPPDATA\fieldops"

!ifdef SIGN_SCRIPT
  !uninstfinalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${SIGN_SCRIPT}" -SignFile "%1"' = 0
  !finalize 'powershell -NoProfile -ExecutionPolicy Bypass -File "${SIGN_SCRIPT}" -SignFile "%1"' = 0
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\fieldops"
InstallDirRegKey HKCU "${REG_APP}" "InstallDir"
!ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"

; ---- Modern UI ----------------------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${REG_APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default (the language dialog preselects the one matching Windows).
!insertmacro MUI_LANGUAGE "Latvian"
!insertmacro MUI_LANGUAGE "Lithuanian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; ---- texts ----------------------------------------------------------------------------------------------------
LangString SEC_PROGRAM ${LANG_LATVIAN} "Programma fieldops"
LangString SEC_PROGRAM ${LANG_LITHUANIAN} "Programa fieldops"
LangString SEC_PROGRAM ${LANG_ENGLISH} "The fieldops program"
LangString SEC_DATA ${LANG_LATVIAN} "Dzēst arī manus datus (darbvietu, datubāzi, rezerves kopijas)"
LangString SEC_DATA ${LANG_LITHUANIAN} "Taip pat ištrinti mano duomenis (darbo vietą, duomenų bazę, atsargines kopijas)"
LangString SEC_DATA ${LANG_ENGLISH} "Also remove my data (workspace, database, backups)"
LangString DATA_CONFIRM ${LANG_LATVIAN} "Visi dati mapē $\r$\n${DATA_DIR}$\r$\ntiks neatgriezeniski dzēsti, arī vēl nesinhronizētie ieraksti. Turpināt?"
LangString DATA_CONFIRM ${LANG_LITHUANIAN} "Visi duomenys aplanke $\r$\n${DATA_DIR}$\r$\nbus negrįžtamai ištrinti, taip pat dar nesinchronizuoti įrašai. Tęsti?"
LangString DATA_CONFIRM ${LANG_ENGLISH} "All data in $\r$\n${DATA_DIR}$\r$\nwill be deleted for good, including records not yet synchronised. Continue?"
LangString DATA_KEPT ${LANG_LATVIAN} "Jūsu dati ir saglabāti: ${DATA_DIR}"
LangString DATA_KEPT ${LANG_LITHUANIAN} "Jūsų duomenys išsaugoti: ${DATA_DIR}"
LangString DATA_KEPT ${LANG_ENGLISH} "Your data was kept: ${DATA_DIR}"

Var DataRemoved  ; 1 once the uninstaller removed the data folder

; ---- install --------------------------------------------------------------------------------------------------
Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder's contents: no library of the previous version may linger.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File /r "${DIST_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_UNINSTALL}" "NoRepair" 1
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; ---- uninstall ------------------------------------------------------------------------------------------------
Section "!un.$(SEC_PROGRAM)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there (never RMDir /r "$INSTDIR": the folder may have been chosen by hand).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${REG_UNINSTALL}"
  DeleteRegKey HKCU "${REG_APP}"
SectionEnd

; Unticked by default, and never chosen by a silent uninstall (/S): the data stays unless the user asks.
Section /o "un.$(SEC_DATA)" UnSecData
  ${If} ${Silent}
    Return
  ${EndIf}
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DATA_CONFIRM)" IDYES remove
  Return
  remove:
  RMDir /r "${DATA_DIR}"
  StrCpy $DataRemoved 1
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.onUninstSuccess
  ${If} $DataRemoved != 1
  ${AndIfNot} ${Silent}
    MessageBox MB_OK|MB_ICONINFORMATION "$(DATA_KEPT)"
  ${EndIf}
FunctionEnd
