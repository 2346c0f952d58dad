@echo off
rem Starts the OpenJolo Workbench on Windows. Used instead of the native Eclipse launcher, which is not published
rem on Maven Central. Arguments are passed on: -connect family@COM3, -simulate family, -noreconnect, -data DIR,
rem -consoleLog ... (see the README). JVM options: OPENJOLO_VMARGS (default -Xmx1g --enable-native-access=ALL-UNNAMED).
setlocal EnableExtensions
set "HERE=%~dp0"
rem without the trailing backslash: before the closing quote of -install "...\" it would escape that quote
set "HERE=%HERE:~0,-1%"
call "%HERE%\find-java.cmd"
if not defined JAVA goto failed
if not defined OPENJOLO_VMARGS set "OPENJOLO_VMARGS=-Xmx1g --enable-native-access=ALL-UNNAMED"

rem Exit code 23 is the workbench asking to be restarted (after installing or removing plugins): start it again,
rem as the native launcher would. Two launcher jars after an update: the one written last.
:start
set "LAUNCHER="
for /f "delims=" %%l in ('dir /b /od "%HERE%\plugins\org.eclipse.equinox.launcher_*.jar" 2^>nul') do set "LAUNCHER=%HERE%\plugins\%%l"
if not defined LAUNCHER goto nolauncher
"%JAVA%" %OPENJOLO_VMARGS% -jar "%LAUNCHER%" -install "%HERE%" %*
set "RC=%ERRORLEVEL%"
if not "%RC%"=="23" exit /b %RC%
echo OpenJolo Workbench: restarting 1>&2
goto start

:nolauncher
echo There is no org.eclipse.equinox.launcher jar in %HERE%\plugins: this installation is incomplete. 1>&2
:failed
rem Started from Explorer, the window would close before the message can be read. Delayed expansion: the
rem command line holds quotes that would break the comparison otherwise.
setlocal EnableDelayedExpansion
if /i not "!CMDCMDLINE:%~nx0=!"=="!CMDCMDLINE!" pause
exit /b 1
