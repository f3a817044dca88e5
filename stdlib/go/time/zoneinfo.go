package time

// A Location maps time instants to the zone in use at that time: UTC, a fixed
// zone, or the system's local zone (whose rules the C library applies from TZ
// and /etc/localtime, as Go reads them). Named zones of the tz database other
// than UTC and Local are not loaded yet (LoadLocation reports them unknown).
type Location struct {
	name   string
	zone   string // abbreviation of a fixed zone
	offset int    // seconds east of UTC of a fixed zone
	local  bool   // the system's zone
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", local: true}

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.get().name }

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// lookup returns the abbreviation and offset of the zone in effect at Unix
// time sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	l = l.get()
	if l.local {
		return localZone(sec)
	}
	return l.zone, l.offset
}

// localZone is the system zone at Unix time sec (the C library's localtime_r).
func localZone(sec int64) (name string, offset int)

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the Location with the given name: "" or "UTC" for UTC,
// "Local" for Local. Other tz database names are reported unknown.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, &zoneError{"unknown time zone " + name}
}

type zoneError struct{ msg string }

func (e *zoneError) Error() string { return e.msg }
