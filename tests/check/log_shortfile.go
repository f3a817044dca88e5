package main

import "log"

func main() {
	log.SetFlags(log.Lshortfile)
	log.Print("where")
}

// minigo rejects this program on purpose: log's file-name flags need
// runtime.Caller, which minigo does not have yet.
// minigo-want: log_shortfile.go:6:19: minigo does not support log.Lshortfile
