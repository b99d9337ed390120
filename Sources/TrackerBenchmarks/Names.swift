/// The words the synthetic account is named with: accents, CJK and emoji on purpose, so widths
/// and fuzzy matching do real work.
enum Names {
    static let workspaces = ["Ångström Labs", "東京スタジオ", "Café Crème", "Freelance 🚀", "Ñandú Coop"]

    static func workspace(_ index: Int) -> String {
        index < workspaces.count ? workspaces[index] : "Workspace \(index + 1)"
    }

    private static let clientFirst = ["Bäckerei", "株式会社", "Café", "Estúdio", "Fundación", "Grün", "Hôtel", "Île",
                                      "Jørgensen", "Kraków", "Lumière", "Müller", "Nørd", "Øresund", "Piñata"]
    private static let clientLast = ["Schmidt", "山田", "Ibérica", "& Söhne", "Holding 🏢", "Labs 🧪", "Verlag", "Studio",
                                     "Société", "Group", "서울", "Ltda"]

    static func client(_ serial: Int) -> String {
        combine(clientFirst, clientLast, serial)
    }

    private static let projectFirst = ["Ångström", "Café", "東京", "Zürich", "Müller", "São Paulo", "Øresund", "Crème",
                                       "北京", "Señor", "Łódź", "Reykjavík", "서울", "Noël", "Fjörd", "Åland", "Émile",
                                       "Kyōto", "Málaga", "Göteborg"]
    private static let projectLast = ["Redesign", "Website", "Mobile app", "Migration", "Audit", "Research", "Branding",
                                      "Backend", "Data pipeline", "Support", "Onboarding", "Launch 🚀", "Analytics 📈",
                                      "Docs 📚", "Infra ☁️", "Payments 💳", "Search 🔎", "Kiosk", "Newsletter ✉️",
                                      "Intranet", "デザイン", "Überarbeitung"]

    static func project(_ serial: Int) -> String {
        combine(projectFirst, projectLast, serial)
    }

    private static let tagWords = ["urgent 🔥", "billable", "réunion", "会議", "deep-work", "café", "review",
                                   "überstunden", "client-call 📞", "bug 🐛", "déploiement", "設計"]

    static func tag(_ serial: Int) -> String {
        let word = tagWords[serial % tagWords.count]
        let round = serial / tagWords.count
        return round == 0 ? word : "\(word)-\(round)"
    }

    private static let verbs = ["Revisión", "Café ☕ sync with", "設計レビュー:", "Write", "Déploiement", "Refactor",
                                "Übersetzung", "会议", "Bugfix 🐛", "Planning 📅", "Entrevista", "Naïve study of",
                                "Kundengespräch:", "Mise à jour", "Support 🎧", "코드 리뷰", "Démo", "Spec for",
                                "Onboarding 🚀", "Pair on"]
    private static let objects = ["del diseño", "the API v9 client", "für Zoë", "crème brûlée launch", "東京 office",
                                  "Ålesund app", "the façade", "quarterly report", "São Paulo rollout", "日本語 UI",
                                  "emoji picker 😀", "billing", "the naïve cache", "smörgåsbord menu", "Kraków sprint",
                                  "résumé parser", "北京 dashboard", "Piñata API", "Œuvre site", "dark mode 🌙"]

    static let descriptionCount = verbs.count * objects.count

    static func description(_ index: Int) -> String {
        "\(verbs[index % verbs.count]) \(objects[(index / verbs.count) % objects.count])"
    }

    /// Toggl's project colours.
    static let colors = ["#0b83d9", "#9e5bd9", "#d94182", "#e36a00", "#bf7000", "#2da608", "#06a893", "#c9806b",
                         "#465bb3", "#990099", "#c7af14", "#566614", "#d92b2b", "#525266"]

    /// The `serial`th pair of words, then pairs with a number once every pair is used.
    private static func combine(_ first: [String], _ last: [String], _ serial: Int) -> String {
        let pairs = first.count * last.count
        let pair = serial % pairs
        let name = "\(first[pair % first.count]) \(last[(pair / first.count) % last.count])"
        let round = serial / pairs
        return round == 0 ? name : "\(name) \(round + 1)"
    }
}
