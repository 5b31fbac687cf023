; Custom NSIS steps (electron-builder includes build/installer.nsh; see docs/desktop.md).
; electron-builder registers `protocols` only for AppX, so NSIS registers gatehouse:// here.
; SHCTX is HKLM for an install for all users (per machine) and HKCU for a per-user install:
; the registration always points at this installation's own Gatehouse.exe, and the uninstaller
; removes it again.

!macro customInstall
  DeleteRegKey SHCTX "Software\Classes\gatehouse"
  WriteRegStr SHCTX "Software\Classes\gatehouse" "" "URL:Gatehouse link"
  WriteRegStr SHCTX "Software\Classes\gatehouse" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\gatehouse\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\gatehouse\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  ; An update runs the old uninstaller first; the new installer writes the key again.
  DeleteRegKey SHCTX "Software\Classes\gatehouse"
!macroend
