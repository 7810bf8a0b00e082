import Domain
import Foundation

/// Meetings as an iCalendar file (RFC 5545) that phone calendars subscribe to: one event per
/// meeting, in China Standard Time, two hours long when the time is known, all day when not.
enum ICalendar {
    struct Event {
        let id: UUID
        let name: String
        /// `YYYY-MM-DD`.
        let day: String
        /// `HH:MM`, or empty.
        let time: String
        let place: String
        let kind: String
        let url: String
    }

    static func document(_ events: [Event], name: String, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tongxin//Meetings//ZH", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "X-WR-TIMEZONE:Asia/Shanghai",
            // China has kept +08:00 without daylight saving since 1991: one standard rule suffices.
            "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        ]
        let dtstamp = utc(stamp)
        for event in events {
            let date = event.day.replacingOccurrences(of: "-", with: "")
            lines += ["BEGIN:VEVENT", "UID:\(event.id.uuidString.lowercased())@tongxin", "DTSTAMP:\(dtstamp)"]
            if event.time.count == 5, event.time.contains(":") {
                let time = event.time.replacingOccurrences(of: ":", with: "") + "00"
                lines += ["DTSTART;TZID=Asia/Shanghai:\(date)T\(time)", "DURATION:PT2H"]
            } else {
                lines += ["DTSTART;VALUE=DATE:\(date)"]
            }
            lines.append("SUMMARY:" + escape(event.name))
            if !event.place.isEmpty { lines.append("LOCATION:" + escape(event.place)) }
            lines += ["CATEGORIES:" + escape(event.kind), "URL:" + event.url, "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Text values escape backslashes, semicolons, commas and every line break (CR LF, CR or LF);
    /// other control characters are dropped, so no text can end a line of the file.
    static func escape(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var result = ""
        for scalar in lines.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result += " "
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// character's UTF-8 bytes.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }

    private static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
