#!/bin/sh
# Runs ffmpeg so that the kernel kills it when the Node process that started it dies, even by
# SIGKILL (an orphaned ffmpeg otherwise keeps rendering into a file nobody will use). exec twice:
# this shell becomes setpriv, which sets the parent-death signal and becomes ffmpeg, so the pid
# Node holds is ffmpeg's own. LOA_FFMPEG_BINARY is set by src/audio/launcher.ts.
exec setpriv --pdeathsig KILL -- "$LOA_FFMPEG_BINARY" "$@"
