; Inno Setup script for ShopCRM (Inno Setup 6.3 or newer; 6.5+ ships Korean.isl).
;
; Packs the PyInstaller folder (dist\ShopCRM) into dist\ShopCRM-<version>-setup.exe.
; installer/build.sh runs it after PyInstaller; by hand, from the repository root:
;
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 installer\shopcrm.iss
;
; AppVersion comes from shopcrm/__init__.py (python installer\project_version.py prints it);
; DistDir (the PyInstaller folder) and OutputDir default to ..\dist\ShopCRM and ..\dist.
;
; Per-user install: no administrator rights, no UAC prompt, into
; %LOCALAPPDATA%\Programs\ShopCRM. The shop's data (database, backups, logs) is NOT in that
; folder: it lives in the platformdirs user data folder, %LOCALAPPDATA%\ShopCRM. Uninstalling
; removes only the program files Setup installed; the data folder is never deleted (there is
; deliberately no [UninstallDelete] or [Code] touching it), so a reinstall or an upgrade finds
; the customers where they were.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\shopcrm.iss
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\ShopCRM"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif
#define AppName "ShopCRM"
#define AppExeName "ShopCRM.exe"
#define IconFile AddBackslash(SourcePath) + "..\resources\icons\shopcrm.ico"

; Korean messages: built into Inno Setup 6.5+; for an older Inno Setup put Korean.isl (from
; https://jrsoftware.org/files/istrans/) next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
  #define KoreanMessages "compiler:Languages\Korean.isl"
#elif FileExists(AddBackslash(SourcePath) + "Korean.isl")
  #define KoreanMessages AddBackslash(SourcePath) + "Korean.isl"
#else
  #error Korean.isl not found: use Inno Setup 6.5+ or put Korean.isl next to shopcrm.iss
#endif

[Setup]
; AppId identifies ShopCRM for upgrades and uninstall: never change it.
AppId={{9FF37959-3473-4845-8FCC-D068D9183D30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
#ifdef AppVersionNumeric
; Four numbers for the Windows "Details" tab (build.sh passes e.g. 0.1.0.0).
VersionInfoVersion={#AppVersionNumeric}
#endif
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "korean"; MessagesFile: "{#KoreanMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
korean.LaunchShopCRM=ShopCRM 실행
english.LaunchShopCRM=Start ShopCRM
korean.ShopCRMComment=단골 고객 카드, 음력 생일, 안내 편지
english.ShopCRMComment=Customer cards, lunar birthdays and letters

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: ShopCRM.exe, shopcrm-cli.exe and _internal\ (Python, Qt,
; resources). Nothing is written outside {app}.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:ShopCRMComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:ShopCRMComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchShopCRM}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section and no [Code]: the uninstaller removes what [Files] installed
; and nothing else. The user data folder (%LOCALAPPDATA%\ShopCRM) stays on uninstall.
