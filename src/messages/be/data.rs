//! Belarusian: the data bar's words and why a dataset was refused. JSON paths
//! ("progress[2].date") stay as the file spells them: they name its fields, which are not
//! translated.

use super::{counted, Be};
use crate::messages::StoryMessages;
use crate::messages::{DataBarText, DataMessages, LoadProblem, Messages};
use crate::model::dataset::{
    DataError, MAX_ENTRIES, MAX_JSON_BYTES, MAX_LABEL_CHARS, MAX_OBSERVATIONS, MAX_TEXT_CHARS,
};
use crate::model::lang::Lang as L;
use crate::model::plural::{category_of_shown, Forms};

/// "байт" after a number, and after "не больш за": "2 байты", "1 000 000 байтаў".
const BYTES: Forms = Forms::new("байт", "байты", "байтаў", "байта");
/// "назіранне" (an observation) after a number.
const OBSERVATIONS: Forms = Forms::new("назіранне", "назіранні", "назіранняў", "назірання");
/// "запіс" (an entry) after a number.
const ENTRIES: Forms = Forms::new("запіс", "запісы", "запісаў", "запісу");
/// "праблема" after a number.
const PROBLEMS: Forms = Forms::new("праблема", "праблемы", "праблем", "праблемы");

impl Be {
    /// "1 500 000 байтаў; дапускаецца не больш за 1 000 000 байтаў".
    fn size_limit(&self, bytes: f64) -> String {
        format!(
            "{}; дапускаецца не больш за {}",
            counted(&self.number(bytes, 0), BYTES),
            counted(&self.number(MAX_JSON_BYTES as f64, 0), BYTES)
        )
    }
}

/// A JSON path as the reader sees it: the model calls the file's root "dataset".
fn place(place: &str) -> &str {
    if place == "dataset" {
        "файл"
    } else {
        place
    }
}

impl DataMessages for Be {
    fn load_problem(&self, problem: LoadProblem) -> String {
        match problem {
            LoadProblem::FileTooLarge { bytes } => {
                format!("памер файла — {}", self.size_limit(bytes as f64))
            }
            LoadProblem::FileUnreadable => "файл не ўдалося прачытаць".into(),
            LoadProblem::NoFetch => "гэты браўзер не ўмее загружаць даныя па спасылцы".into(),
            LoadProblem::OtherSite => format!(
                "гэтая старонка чытае даныя толькі са свайго сайта; спампуйце файл і націсніце «{}»",
                self.data_bar(DataBarText::LoadFile)
            ),
            LoadProblem::NoAnswer { seconds } => format!(
                "няма адказу на працягу {}",
                counted(
                    &seconds.to_string(),
                    Forms::new("секунды", "секунд", "секунд", "секунды")
                )
            ),
            LoadProblem::Unreachable => "спасылка недаступная (памылка сеткі, або сервер не дазваляе гэтай старонцы чытаць даныя)".into(),
            // The status text is the server's English ("Not Found"); the code says the same.
            LoadProblem::ServerAnswered { status, .. } => {
                format!("сервер адказаў кодам {status}")
            }
            LoadProblem::LinkTooLarge { bytes } => {
                format!("памер набору даных — {}", self.size_limit(bytes as f64))
            }
            LoadProblem::AnswerUnreadable => "адказ не ўдалося прачытаць".into(),
        }
    }

    fn data_error(&self, error: &DataError) -> String {
        match error {
            DataError::TooLarge { bytes } => {
                format!("памер набору даных — {}", self.size_limit(*bytes as f64))
            }
            // serde's description is English and not typed; the place says where it broke.
            DataError::Malformed { place: at, .. } => {
                format!("{}: не адпавядае фармату набору даных (JSON)", place(at))
            }
            DataError::NotADate { place: at, text } => {
                format!("{}: {}", place(at), self.not_a_date(text))
            }
            DataError::ProgramCount { found } => {
                format!("programs.count: павінна быць дадатным лікам, у файле — {found}")
            }
            DataError::TooFewObservations { found } => format!(
                "progress: для разліку тэмпу трэба прынамсі два назіранні, у файле — {}",
                counted(&found.to_string(), OBSERVATIONS)
            ),
            DataError::TooManyObservations { found } => format!(
                "progress: дапускаецца не больш за {}, у файле — {}",
                counted(&self.number(MAX_OBSERVATIONS as f64, 0), OBSERVATIONS),
                self.number(*found as f64, 0)
            ),
            DataError::DatesOutOfOrder {
                place: at,
                date,
                previous,
            } => format!(
                "{}: дата {date} не пазнейшая за дату папярэдняга назірання ({previous})",
                place(at)
            ),
            DataError::ValueOutOfRange { place: at, value } => format!(
                "{}: павінна быць лікам ад 0 да 100, у файле — {}",
                place(at),
                self.number(*value, 6)
            ),
            DataError::Unsourced { place: at } => {
                format!("{}: не павінна быць пустым", place(at))
            }
            DataError::MissingFormula { place: at } => format!(
                "{}: для разліковага значэння трэба ўказаць, як яно разлічана",
                place(at)
            ),
            DataError::ProjectedInData { place: at } => format!(
                "{}: прагнозныя значэнні вылічвае дадатак, загрузіць іх як даныя нельга",
                place(at)
            ),
            DataError::DuplicateId { place: at, id } => {
                format!("{}: ідэнтыфікатар «{id}» сустракаецца двойчы", place(at))
            }
            DataError::UnsupportedVersion { found } => {
                format!("schema_version: дадатак чытае версію 1, у файле — {found}")
            }
            DataError::DerivedMismatch {
                place: at,
                expected,
                found,
            } => format!(
                "{}: па формуле атрымліваецца {}, а значэнне роўнае {}",
                place(at),
                self.number(*expected, 2),
                self.number(*found, 6)
            ),
            DataError::TooManyEntries { place: at, found } => format!(
                "{}: дапускаецца не больш за {}, у файле — {}",
                place(at),
                counted(&self.number(MAX_ENTRIES as f64, 0), ENTRIES),
                counted(&self.number(*found as f64, 0), ENTRIES)
            ),
            DataError::TextTooLong { place: at } => format!(
                "{}: тэкст даўжэйшы за {}",
                place(at),
                counted(
                    &self.number(MAX_TEXT_CHARS as f64, 0),
                    Forms::new("сімвал", "сімвалы", "сімвалаў", "сімвала")
                )
            ),
            DataError::BadLabel { place: at } => format!(
                "{}: подпіс на графіку павінен мець ад 1 да {}",
                place(at),
                counted(
                    &self.number(MAX_LABEL_CHARS as f64, 0),
                    Forms::new("сімвала", "сімвалаў", "сімвалаў", "сімвала")
                )
            ),
            DataError::NotAfterArticle { place: at } => format!(
                "{}: павінна быць true; уласныя лічбы артыкула адносяцца да progress",
                place(at)
            ),
            DataError::LaterFigure { place: at } => format!(
                "{}: укажыце адно значэнне або min і max (min не больш за max): ад 0 да 100\u{a0}% мер або ад 0 да колькасці праграм",
                place(at)
            ),
            DataError::BadUrl { place: at } => format!(
                "{}: павінен быць адрас, які пачынаецца з https:// або http://",
                place(at)
            ),
            DataError::UnknownTranslation { place: at } => format!(
                "{}: такога перакладу быць не можа: у наборы даных няма гэтага запісу, або гэтае поле не перакладаецца",
                place(at)
            ),
            DataError::EmptyTranslation { place: at } => format!("{}: пераклад пусты", place(at)),
            DataError::ForecastRange { place: at } => format!(
                "{}: within_months_min не павінна быць больш за within_months_max, а within_months_max — больш за {}",
                place(at),
                self.number(1200.0, 0)
            ),
            DataError::Markup { place: at } => format!(
                "{}: змяшчае разметку вэб-старонкі; дапускаецца толькі просты тэкст",
                place(at)
            ),
            DataError::GrowthOutOfRange { place: at } => {
                format!(
                    "{}: павінна быць канечным лікам, большым за −100",
                    place(at)
                )
            }
            DataError::TradeValueOutOfRange { place: at } => format!(
                "{}: павінна быць канечным лікам ад 0 да {}",
                place(at),
                self.number(100_000.0, 0)
            ),
            DataError::UnknownDerivation { place: at } => format!(
                "{}: спасылаецца на значэнне або год росту, якіх няма ў наборы даных",
                place(at)
            ),
            DataError::BalanceOutOfRange { place: at } => {
                format!("{}: павінна быць канечным лікам або адсутнічаць", place(at))
            }
            DataError::BalanceSign { place: at } => format!(
                "{}: дэфіцыт павінен быць адмоўным, а прафіцыт — дадатным",
                place(at)
            ),
        }
    }

    fn refused_intro(&self, origin: &str, problems: usize) -> String {
        let found = Forms::new("Выяўлена", "Выяўлены", "Выяўлена", "Выяўлена");
        let count = problems.to_string();
        let verb = found.pick(category_of_shown(L::Be, &count));
        format!(
            "«{origin}» не загружаны; даныя на экране не змяніліся. {verb} {}:",
            counted(&count, PROBLEMS)
        )
    }

    fn embed_refused(&self, origin: &str, first: &str, problems: usize) -> String {
        let more = if problems > 1 {
            format!(
                " (і яшчэ {})",
                counted(&(problems - 1).to_string(), PROBLEMS)
            )
        } else {
            String::new()
        };
        format!(
            "Даныя па спасылцы «{origin}» не загружаны: {first}{more}. Паказаны ўбудаваныя даныя."
        )
    }

    fn data_bar(&self, text: DataBarText) -> &'static str {
        match text {
            DataBarText::Builtin => "Паказаны ўбудаваны набор даных, узяты з артыкула.",
            DataBarText::Fetching => "Загружаецца набор даных па спасылцы…",
            DataBarText::BackToBuiltin => "Вярнуцца да ўбудаваных даных",
            DataBarText::LoadFile => "Загрузіць даныя (JSON)…",
            DataBarText::DownloadJson => "Спампаваць гэты набор даных (JSON)",
            DataBarText::DownloadCsv => "Спампаваць у фармаце CSV",
            DataBarText::Dismiss => "Закрыць",
        }
    }

    fn showing_loaded(&self, origin: &str) -> String {
        format!("Паказаны вашы даныя з «{origin}» — толькі ў гэтым акне.")
    }

    fn link_leaves_file(&self, origin: &str) -> String {
        format!("Гэтая спасылка адкрывае ўбудаваныя даныя, а не ваш файл «{origin}»: файл з вашага камп’ютара па спасылцы не перадаецца.")
    }
}
