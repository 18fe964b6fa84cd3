# Installs the MSI, writes one incident event through the app's Event Log writer (eventlog_check.py, with
# the Python given) and reads it back with Get-WinEvent and wevtutil; then removes the MSI and checks the
# event source went with it. Run as administrator on a disposable Windows machine (CI).
param([Parameter(Mandatory = $true)][string]$Msi, [Parameter(Mandatory = $true)][string]$Python)
$ErrorActionPreference = "Stop"
$Msi = (Resolve-Path $Msi).Path
$Source = "HKLM:\SYSTEM\CurrentControlSet\Services\EventLog\Application\Offline Ready"

function Check($ok, $what) { if (-not $ok) { throw "FAILED: $what" } else { Write-Output "ok: $what" } }

$p = Start-Process msiexec.exe -ArgumentList "/i `"$Msi`" /qn /l*v eventlog-install.log" -Wait -PassThru
Check ($p.ExitCode -eq 0) "silent install (exit $($p.ExitCode))"
$msgFile = [Environment]::ExpandEnvironmentVariables((Get-ItemProperty $Source).EventMessageFile)
Check (Test-Path $msgFile) "the MSI registered the event source with an existing message file ($msgFile)"

$out = & $Python (Join-Path $PSScriptRoot "eventlog_check.py")
Check ($LASTEXITCODE -eq 0) "an incident event written through the app's writer: $out"
$want = $out | ConvertFrom-Json

$found = $null
foreach ($try in 1..10) {  # the Event Log service may take a moment to make the entry readable
  $found = Get-WinEvent -FilterHashtable @{ LogName = "Application"; ProviderName = $want.source; Id = $want.event_id } `
             -MaxEvents 20 -ErrorAction SilentlyContinue | Where-Object { "$($_.Message)".Contains($want.id) } |
           Select-Object -First 1
  if ($found) { break }
  Start-Sleep -Seconds 1
}
Check ($null -ne $found) "Get-WinEvent finds event $($want.event_id) of '$($want.source)' naming $($want.id)"
Write-Output $found.Message
Check ($found.Level -eq 2) "its level is Error (dns-outage started), got $($found.Level)"
Check ($found.Message.StartsWith("Offline Ready: an incident started on this desk (dns-outage).")) "the text Event Viewer shows"
Check (-not $found.Message.Contains("192.168.1.1")) "the desk's own network is not in the entry"
$json = $found.Properties[1].Value | ConvertFrom-Json
Check ($json.id -eq $want.id -and $json.event -eq "started" -and $json.site -eq "ci-site") "the JSON line as second string"

$q = "*[System[Provider[@Name='$($want.source)'] and (EventID=$($want.event_id))]]"
$text = (wevtutil qe Application "/q:$q" /c:20 /rd:true /f:text) -join "`n"
Check ($LASTEXITCODE -eq 0 -and $text.Contains($want.id)) "wevtutil qe reads it back"

$p = Start-Process msiexec.exe -ArgumentList "/x `"$Msi`" /qn /l*v eventlog-uninstall.log" -Wait -PassThru
Check ($p.ExitCode -eq 0) "silent removal (exit $($p.ExitCode))"
Check (-not (Test-Path $Source)) "the event source is removed with the MSI"
