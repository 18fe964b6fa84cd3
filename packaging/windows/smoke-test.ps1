# Installs the MSI silently, checks what it put where, runs the command line, removes it silently
# and checks that nothing of it is left. Run as administrator on a disposable Windows machine (CI).
param([Parameter(Mandatory = $true)][string]$Msi)
$ErrorActionPreference = "Stop"
$Msi = (Resolve-Path $Msi).Path
$App = Join-Path $env:ProgramFiles "Offline Ready"
$Policies = Join-Path $env:ProgramData "OfflineReady\policies"
$Run = "HKLM:\Software\Microsoft\Windows\CurrentVersion\Run"

function Check($ok, $what) { if (-not $ok) { throw "FAILED: $what" } else { Write-Output "ok: $what" } }

$p = Start-Process msiexec.exe -ArgumentList "/i `"$Msi`" /qn /l*v install.log" -Wait -PassThru
Check ($p.ExitCode -eq 0) "silent install (exit $($p.ExitCode))"
Check (Test-Path "$App\offline-ready.exe") "command line installed"
Check (Test-Path "$App\OfflineReady.exe") "tray app installed"
Check (Test-Path "$Policies\managed") "managed policy folder"
Check (Test-Path "$Policies\recommended") "recommended policy folder"
$acl = (Get-Acl "$Policies\managed").Access | Where-Object { $_.IdentityReference -match "Users$" }
Check (-not ($acl.FileSystemRights -match "Write|Modify|FullControl")) "users cannot write policy"
Check ((Get-ItemProperty $Run).OfflineReady -like "*OfflineReady.exe*") "autostart for all users"
$v = & "$App\offline-ready.exe" --version
Check ($LASTEXITCODE -eq 0 -and $v -match "offline-ready") "offline-ready --version: $v"
Set-Content -Path "$Policies\managed\10-test.toml" -Value "[monitor]`nfull_interval = 300"
& "$App\offline-ready.exe" config validate
Check ($LASTEXITCODE -eq 0) "config validate with a managed policy"
$show = & "$App\offline-ready.exe" config show --json | ConvertFrom-Json
Check ($show.settings.'monitor.full_interval'.locked) "the managed policy locks its setting"
Remove-Item "$Policies\managed\10-test.toml"

$p = Start-Process msiexec.exe -ArgumentList "/x `"$Msi`" /qn /l*v uninstall.log" -Wait -PassThru
Check ($p.ExitCode -eq 0) "silent removal (exit $($p.ExitCode))"
Check (-not (Test-Path $App)) "program folder removed"
Check (-not (Test-Path $Policies)) "empty policy folders removed"
Check (-not ((Get-ItemProperty $Run).PSObject.Properties.Name -contains "OfflineReady")) "autostart entry removed"
