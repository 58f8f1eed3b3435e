; OKLIMA DPO - Windows installer (NSIS 3, Unicode).
;
; Built by packaging/build_installer.py, which passes the version of the package and the
; folder made by `pyinstaller build.spec`:
;
;   makensis -INPUTCHARSET UTF8 -WX -DVERSION=0.1.0 -DVERSION_WIN=0.1.0.0
;            -DBUNDLE=dist\oklima-dpo -DOUTFILE=dist\OKLIMA-DPO-0.1.0-installation.exe
;            packaging\oklima-dpo.nsi
;
; What it does
; - Installs for the current user, without administrator rights (default folder
;   %LOCALAPPDATA%\Programs\OKLIMA DPO; /D=... on the command line chooses another).
;   /ALLUSERS installs for every user of the machine in Program Files; it needs an elevated
;   process (IT's deployment tools) and says so otherwise.
; - A Start-menu folder with the program and the demonstration (--demo), an uninstaller
;   registered in "Apps & features".
; - The uninstaller removes the program only. The case base, its journal, logs and backups
;   (%LOCALAPPDATA%\OKLIMA\OKLIMA DPO) and the exports (Documents\OKLIMA DPO\exports) stay
;   unless the user ticks their boxes (after a confirmation), or passes /REMOVEDATA and/or
;   /REMOVEEXPORTS to a silent uninstall (/S).
;
; What CI checks (.ci/run, on Linux with Debian's makensis): that this script compiles
; without error or warning (-WX), with every include, plugin, language string and page,
; against a stub payload (build_installer.py --check: an empty oklima-dpo.exe and
; _internal/). It cannot run the installer nor check the real Windows bundle: the Windows
; workflow (.github/workflows/windows.yml) builds both and installs/uninstalls silently.

Unicode true
ManifestDPIAware true
ManifestSupportedOS all
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: build with packaging/build_installer.py"
!endif
!ifndef VERSION_WIN
  !error "VERSION_WIN (four numbers) is not defined: build with packaging/build_installer.py"
!endif
!ifndef BUNDLE
  !error "BUNDLE (the folder made by pyinstaller build.spec) is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "OKLIMA-DPO-${VERSION}-installation.exe"
!endif

!define APP_NAME "OKLIMA DPO"
!define COMPANY "OKLIMA"
!define EXE "oklima-dpo.exe"
!define CONTENTS "_internal"
!define APP_KEY "Software\OKLIMA\OKLIMA DPO"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OKLIMA DPO"
!define MARKER "install.ini"
; One name whatever the language of the installer and of the uninstaller.
!define DEMO_SHORTCUT "${APP_NAME} (démonstration)"
; Where the program keeps its data (oklima_dpo/paths.py: platformdirs, roaming=False).
!define DATA_SUBDIR "OKLIMA\OKLIMA DPO"
!define EXPORTS_SUBDIR "OKLIMA DPO\exports"
!define ICON "${__FILEDIR__}\..\resources\icons\oklima-dpo.ico"

!if ! /FileExists "${BUNDLE}\${EXE}"
  !error "${BUNDLE}\${EXE} is missing: build the bundle first (pyinstaller build.spec)"
!endif
!if ! /FileExists "${BUNDLE}\${CONTENTS}\*.*"
  !error "${BUNDLE}\${CONTENTS} is missing: not a PyInstaller one-folder bundle"
!endif

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include x64.nsh

Name "${APP_NAME}"
Caption "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An earlier per-user installation elsewhere is updated in place (/D= still wins).
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${COMPANY} - ${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

Var AllUsers          ; 1 when installed for every user (/ALLUSERS)
Var RemoveData        ; uninstaller: 1 to delete the case base, journal, logs, backups
Var RemoveExports     ; uninstaller: 1 to delete the exports
Var DataCheckbox
Var ExportsCheckbox

; ---------------------------------------------------------------------------------------
; Pages
; ---------------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; French first (the program's language), English for an English Windows.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsWin64 ${LANG_FRENCH} "${APP_NAME} demande Windows 64 bits."
LangString NeedsWin64 ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows."
LangString AllUsersNeedsAdmin ${LANG_FRENCH} "L’installation pour tous les utilisateurs (/ALLUSERS) demande les droits d’administrateur : lancer l’installation depuis une invite élevée, ou sans /ALLUSERS pour l’utilisateur courant seulement."
LangString AllUsersNeedsAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights: run the installer from an elevated prompt, or without /ALLUSERS for the current user only."
LangString Running ${LANG_FRENCH} "${APP_NAME} est ouvert : le fermer, puis cliquer sur Réessayer."
LangString Running ${LANG_ENGLISH} "${APP_NAME} is running: close it, then click Retry."
LangString DataTitle ${LANG_FRENCH} "Données"
LangString DataTitle ${LANG_ENGLISH} "Data"
LangString DataSubtitle ${LANG_FRENCH} "Ce qui est conservé après la désinstallation"
LangString DataSubtitle ${LANG_ENGLISH} "What is kept after uninstalling"
LangString DataIntro ${LANG_FRENCH} "Le programme est supprimé. Sauf demande contraire, la base de cas (avec son journal, ses sauvegardes et les journaux techniques) et les exports sont conservés : une nouvelle installation les retrouve."
LangString DataIntro ${LANG_ENGLISH} "The program is removed. Unless asked otherwise, the case base (with its journal, its backups and the logs) and the exports are kept: a new installation finds them again."
LangString DataBox ${LANG_FRENCH} "Supprimer aussi la base de cas, son journal, ses sauvegardes et les journaux techniques"
LangString DataBox ${LANG_ENGLISH} "Also delete the case base, its journal, its backups and the logs"
LangString ExportsBox ${LANG_FRENCH} "Supprimer aussi les exports"
LangString ExportsBox ${LANG_ENGLISH} "Also delete the exports"
LangString DataConfirm ${LANG_FRENCH} "La base de cas et son journal sont la preuve du traitement des demandes. Les supprimer définitivement de ce poste ?"
LangString DataConfirm ${LANG_ENGLISH} "The case base and its journal are the proof of how requests were handled. Delete them from this computer for good?"

VIProductVersion "${VERSION_WIN}"
VIFileVersion "${VERSION_WIN}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "© ${COMPANY}"

; ---------------------------------------------------------------------------------------
; Installer
; ---------------------------------------------------------------------------------------
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsWin64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  StrCpy $AllUsers 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "$(AllUsersNeedsAdmin)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    ; Unless /D= chose a folder, Program Files rather than the user's folder (compared
    ; before SetShellVarContext all changes what $LOCALAPPDATA means).
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${APP_NAME}"
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME}"
    ${EndIf}
    SetShellVarContext all
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; The program must not be running while its files are replaced.
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "$INSTDIR\${EXE}"
      ${Break}
    ${EndIf}
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
  ; An update replaces the whole bundle: no file of an older version is left behind.
  RMDir /r "$INSTDIR\${CONTENTS}"
  File "${BUNDLE}\${EXE}"
  File /r "${BUNDLE}\${CONTENTS}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteINIStr "$INSTDIR\${MARKER}" "installation" "all_users" "$AllUsers"
  WriteINIStr "$INSTDIR\${MARKER}" "installation" "version" "${VERSION}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${DEMO_SHORTCUT}.lnk" "$INSTDIR\${EXE}" "--demo" "$INSTDIR\${EXE}" 0

  ; SHCTX: HKCU for a per-user installation, HKLM for /ALLUSERS.
  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---------------------------------------------------------------------------------------
; Uninstaller
; ---------------------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  StrCpy $RemoveData 0
  StrCpy $RemoveExports 0
  ReadINIStr $AllUsers "$INSTDIR\${MARKER}" "installation" "all_users"
  ${If} $AllUsers == 1
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "Admin"
      MessageBox MB_ICONSTOP "$(AllUsersNeedsAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
  ${EndIf}
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEEXPORTS" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveExports 1
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  ; The data are the user's own, wherever the program was installed.
  SetShellVarContext current
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "$(DataIntro)"
  Pop $0
  ${NSD_CreateCheckbox} 0 44u 100% 12u "$(DataBox)"
  Pop $DataCheckbox
  ${If} $RemoveData == 1
    ${NSD_Check} $DataCheckbox
  ${EndIf}
  ${NSD_CreateLabel} 12u 58u -12u 12u "$LOCALAPPDATA\${DATA_SUBDIR}"
  Pop $0
  ${NSD_CreateCheckbox} 0 78u 100% 12u "$(ExportsBox)"
  Pop $ExportsCheckbox
  ${If} $RemoveExports == 1
    ${NSD_Check} $ExportsCheckbox
  ${EndIf}
  ${NSD_CreateLabel} 12u 92u -12u 12u "$DOCUMENTS\${EXPORTS_SUBDIR}"
  Pop $0
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $RemoveData
  ${NSD_GetState} $ExportsCheckbox $RemoveExports
  ${If} $RemoveData == ${BST_CHECKED}
    ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES`
      Abort ; stay on the page, nothing deleted
    ${EndIf}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
  ${If} $RemoveExports == ${BST_CHECKED}
    StrCpy $RemoveExports 1
  ${Else}
    StrCpy $RemoveExports 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
  ; Only what the installer put there: never RMDir /r on $INSTDIR itself.
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\${CONTENTS}"
  Delete "$INSTDIR\${MARKER}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${DEMO_SHORTCUT}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\OKLIMA"

  SetShellVarContext current
  ${If} $RemoveData == 1
    RMDir /r "$LOCALAPPDATA\${DATA_SUBDIR}"
    RMDir "$LOCALAPPDATA\OKLIMA"
  ${EndIf}
  ${If} $RemoveExports == 1
    RMDir /r "$DOCUMENTS\${EXPORTS_SUBDIR}"
    RMDir "$DOCUMENTS\${APP_NAME}"
  ${EndIf}
SectionEnd
