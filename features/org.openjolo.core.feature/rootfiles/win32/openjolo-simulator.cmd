@echo off
rem Runs simulated devices without the workbench window, on a TCP port on 127.0.0.1 (Windows has no
rem pseudo-terminals), and prints where they listen, so other software can be tried without hardware:
rem   openjolo-simulator.cmd --family astrolink4 --tcp 4030
setlocal EnableExtensions
set "HERE=%~dp0"
rem without the trailing backslash: before the closing quote of -install "...\" it would escape that quote
set "HERE=%HERE:~0,-1%"
call "%HERE%\find-java.cmd"
if not defined JAVA exit /b 1
if not defined OPENJOLO_VMARGS set "OPENJOLO_VMARGS=-Xmx256m --enable-native-access=ALL-UNNAMED"
set "LAUNCHER="
for /f "delims=" %%l in ('dir /b /od "%HERE%\plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do set "LAUNCHER=%HERE%\plugins\%%l"
if not defined LAUNCHER (
    echo There is no org.eclipse.equinox.launcher jar in the plugins folder: this installation is incomplete. 1>&2
    exit /b 1
)
rem a throw-away instance area, as on Linux; Ctrl+C ends the batch before it is removed, so it lives in TEMP
rem -Dopenjolo.alpaca.serve=false, -Dopenjolo.indi.serve=false: the Alpaca and INDI servers' ports belong to the
rem workbench started beside it
set "WS=%TEMP%\openjolo-simulator-%RANDOM%%RANDOM%"
"%JAVA%" %OPENJOLO_VMARGS% -Dopenjolo.alpaca.serve=false -Dopenjolo.indi.serve=false -jar "%LAUNCHER%" -install "%HERE%" -application org.openjolo.simulator.headless -data "%WS%" -nosplash %*
set "RC=%ERRORLEVEL%"
rmdir /s /q "%WS%" 2>nul
exit /b %RC%
