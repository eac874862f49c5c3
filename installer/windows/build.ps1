<#
.SYNOPSIS
  Builds the fieldops Windows installer on a Windows build machine: dist\fieldops-VERSION-setup.exe

.DESCRIPTION
  Step by step (docs/installer.md has the same list with the one-time set-up of the machine):
    1. creates .venv with Python 3.11 (the py launcher) and installs fieldops with the "ui" and "dist" extras
       (PySide6, PyInstaller, tzdata);
    2. compiles the translations resources\i18n\*.ts into .qm (pyside6-lrelease);
    3. runs PyInstaller on installer\fieldops.spec: the folder build dist\fieldops\ (fieldops.exe + _internal\);
    4. runs the frozen self-test: dist\fieldops\fieldops.exe --self-test (exit code 0 required);
    5. signs dist\fieldops\fieldops.exe, if signing is configured (below);
    6. runs makensis on installer\windows\fieldops.nsi over dist\fieldops: dist\fieldops-VERSION-setup.exe; with
       signing configured, the uninstaller (while it is built) and the installer are signed too.

  Code signing (optional; without SIGNTOOL every signing step is skipped and says so):
    SIGNTOOL              path to signtool.exe (Windows SDK), e.g.
                          C:\Program Files (x86)\Windows Kits\10\bin\10.0.22621.0\x64\signtool.exe
    SIGN_CERT_SHA1        thumbprint of a code-signing certificate in the user's or machine's certificate store
                          (smart card / HSM tokens work this way), or
    SIGN_PFX, SIGN_PFX_PASSWORD   a .pfx file and its password
    SIGN_TIMESTAMP_URL    the RFC 3161 time-stamp server of your certificate's issuer (required when signing:
                          signatures must outlive the certificate)

  Tools needed on the machine: Python 3.11 x64 with the py launcher, NSIS 3.08+ (makensis.exe on PATH, in
  "C:\Program Files (x86)\NSIS", or given by MAKENSIS), git. Run from any folder:
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1

.PARAMETER SignFile
  Internal: sign this one file and exit (called by makensis for the uninstaller and the installer).
#>
[CmdletBinding()]
param(
  [string]$PythonVersion = "3.11",
  [switch]$SkipSelfTest,
  [string]$SignFile
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Test-SigningConfigured { return [bool]$env:SIGNTOOL }

function Invoke-Sign([string]$Path) {
  if (-not (Test-SigningConfigured)) { Write-Host "sign: SIGNTOOL not set, $Path left unsigned"; return }
  if (-not $env:SIGN_TIMESTAMP_URL) { throw "sign: SIGN_TIMESTAMP_URL is required when SIGNTOOL is set" }
  $arguments = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $env:SIGN_TIMESTAMP_URL)
  if ($env:SIGN_CERT_SHA1) { $arguments += @("/sha1", $env:SIGN_CERT_SHA1) }
  elseif ($env:SIGN_PFX) { $arguments += @("/f", $env:SIGN_PFX, "/p", $env:SIGN_PFX_PASSWORD) }
  else { throw "sign: set SIGN_CERT_SHA1 or SIGN_PFX (and SIGN_PFX_PASSWORD)" }
  & $env:SIGNTOOL @arguments $Path
  if ($LASTEXITCODE -ne 0) { throw "sign: signtool failed on $Path" }
  & $env:SIGNTOOL verify /pa $Path
  if ($LASTEXITCODE -ne 0) { throw "sign: the signature of $Path does not verify" }
}

if ($SignFile) { Invoke-Sign $SignFile; exit 0 }

function Invoke-Checked([string]$What, [scriptblock]$Block) {
  Write-Host "build: $What"
  & $Block
  if ($LASTEXITCODE -ne 0) { throw "build: $What failed (exit code $LASTEXITCODE)" }
}

$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $root
$started = Get-Date
$python = Join-Path $root ".venv\Scripts\python.exe"

# 1. venv with the app and PyInstaller
if (-not (Test-Path $python)) {
  Invoke-Checked "create .venv (Python $PythonVersion)" { py "-$PythonVersion" -m venv .venv }
}
Invoke-Checked "pip install .[ui,dist]" {
  & $python -m pip install -q --upgrade pip
  if ($LASTEXITCODE -eq 0) { & $python -m pip install -q -e ".[ui,dist]" }
}

# 2. translations
foreach ($ts in Get-ChildItem "resources\i18n\*.ts") {
  $qm = [IO.Path]::ChangeExtension($ts.FullName, ".qm")
  Invoke-Checked "lrelease $($ts.Name)" { & (Join-Path $root ".venv\Scripts\pyside6-lrelease.exe") -silent $ts.FullName -qm $qm }
}

$version = (& $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])").Trim()

# 3. the folder build
Invoke-Checked "PyInstaller (dist\fieldops)" {
  & $python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\fieldops.spec
}
$exe = Join-Path $root "dist\fieldops\fieldops.exe"

# 4. the frozen self-test (windowed exe: wait for it and read its exit code)
if (-not $SkipSelfTest) {
  Write-Host "build: self-test"
  $proc = Start-Process -FilePath $exe -ArgumentList "--self-test" -NoNewWindow -Wait -PassThru
  if ($proc.ExitCode -ne 0) { throw "build: the frozen self-test failed (exit code $($proc.ExitCode))" }
}

# 5. sign the program
Invoke-Sign $exe

# 6. the installer
$makensis = $env:MAKENSIS
if (-not $makensis) {
  $found = Get-Command makensis.exe -ErrorAction SilentlyContinue
  if ($found) { $makensis = $found.Source } else { $makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
}
if (-not (Test-Path $makensis)) { throw "build: makensis.exe not found (install NSIS 3 or set MAKENSIS)" }
$setup = Join-Path $root "dist\fieldops-$version-setup.exe"
$nsisArgs = @("/V2", "/WX", "/DVERSION=$version", "/DDIST_DIR=$root\dist\fieldops", "/DOUT_FILE=$setup",
              "/DICON=$root\build\icons\fieldops.ico")
if (Test-SigningConfigured) { $nsisArgs += "/DSIGN_SCRIPT=$PSCommandPath" }
Invoke-Checked "makensis ($setup)" { & $makensis @nsisArgs "installer\windows\fieldops.nsi" }

$hash = (Get-FileHash $setup -Algorithm SHA256).Hash.ToLower()
$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Host "build: $setup ($([math]::Round((Get-Item $setup).Length / 1MB)) MB, sha256 $hash) in $seconds s"
