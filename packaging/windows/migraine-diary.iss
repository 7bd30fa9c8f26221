; Inno Setup script: a per-user install (no administrator rights) of the PyInstaller bundle, with a
; Start-menu entry and an uninstaller in Settings > Apps. packaging/build_bundle.py runs it as
;   ISCC /DAppVersion=X.Y.Z /DSourceDir=dist\migraine-diary /DIconFile=...\migraine-diary.ico /Odist
; The uninstaller removes the program only: the diary lives in the user's data folder and stays.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\migraine-diary"
#endif

[Setup]
; One AppId for every version: an install over an older one upgrades it in place.
AppId={{250E8B5D-6C79-42D2-8B4F-EA3389C93B67}
AppName=Migraine Diary
AppVersion={#AppVersion}
AppVerName=Migraine Diary {#AppVersion}
AppPublisher=Migraine Diary
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\Migraine Diary
DefaultGroupName=Migraine Diary
DisableProgramGroupPage=yes
UninstallDisplayName=Migraine Diary
UninstallDisplayIcon={app}\Migraine Diary.exe
OutputBaseFilename=Migraine-Diary-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Migraine Diary"; Filename: "{app}\Migraine Diary.exe"; Comment: "Record migraine days and treatments"
Name: "{autodesktop}\Migraine Diary"; Filename: "{app}\Migraine Diary.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Migraine Diary.exe"; Description: "{cm:LaunchProgram,Migraine Diary}"; Flags: nowait postinstall skipifsilent
