@rem Called by the OpenJolo .cmd scripts: sets JAVA to a Java 21+ java.exe, or explains what is missing and fails.
@rem Order: %JAVA_HOME%, java.exe on the PATH, then the JDK folders the usual installers make (newest first).
@echo off
set "JAVA="
if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" call :try "%%~$PATH:j"
if not defined JAVA for %%r in ("%ProgramFiles%\Eclipse Adoptium" "%ProgramFiles%\Java" "%ProgramFiles%\Microsoft" "%ProgramFiles%\Zulu" "%ProgramFiles%\Amazon Corretto" "%ProgramFiles%\BellSoft") do call :folder "%%~r"
if defined JAVA exit /b 0
set "OPENJOLO_SHOWN=unset"
if defined JAVA_HOME set "OPENJOLO_SHOWN=%JAVA_HOME%"
echo OpenJolo needs Java 21 or newer, and none was found. 1>&2
echo Looked at JAVA_HOME (%OPENJOLO_SHOWN%), java.exe on the PATH and the JDKs under %ProgramFiles%. 1>&2
echo Install one (e.g. Eclipse Temurin 21 or newer, x64) or set JAVA_HOME to it. 1>&2
set "OPENJOLO_SHOWN="
exit /b 1

:folder
if defined JAVA exit /b 0
if not exist "%~1\" exit /b 0
rem by name, descending: jdk-25... before jdk-21...
for /f "delims=" %%k in ('dir /b /ad /o-n "%~1" 2^>nul') do call :try "%~1\%%k\bin\java.exe"
exit /b 0

:try
if defined JAVA exit /b 0
if not exist "%~1" exit /b 0
set "OPENJOLO_MAJOR="
rem "call" first: a command that starts with a quote loses its quotes inside for /f. Only the one line through
rem find: other lines (java.library.path holds the PATH) may have quotes that break the "if".
for /f "tokens=1,2 delims== " %%a in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| find "java.specification.version ="') do if "%%a"=="java.specification.version" for /f "tokens=1 delims=." %%m in ("%%b") do set "OPENJOLO_MAJOR=%%m"
if not defined OPENJOLO_MAJOR exit /b 0
if %OPENJOLO_MAJOR% GEQ 21 set "JAVA=%~1"
set "OPENJOLO_MAJOR="
exit /b 0
