//! Russian: the data bar's words and why a dataset was refused. JSON paths ("progress[2].date")
//! stay as the file spells them: they name its fields, which are not translated.

use super::{counted, Ru};
use crate::messages::StoryMessages;
use crate::messages::{DataBarText, DataMessages, LoadProblem, Messages};
use crate::model::dataset::{
    DataError, MAX_ENTRIES, MAX_JSON_BYTES, MAX_LABEL_CHARS, MAX_OBSERVATIONS, MAX_TEXT_CHARS,
};
use crate::model::plural::Forms;

/// "байт" after a number: "2 байта", "1 000 000 байт".
const BYTES: Forms = Forms::new("байт", "байта", "байт", "байта");
/// "байт" after "не более": "не более 1 000 000 байт".
const BYTES_GEN: Forms = Forms::new("байта", "байт", "байт", "байта");
/// "наблюдение" (an observation) after a number.
const OBSERVATIONS: Forms = Forms::new("наблюдение", "наблюдения", "наблюдений", "наблюдения");
/// "наблюдение" after "не более".
const OBSERVATIONS_GEN: Forms = Forms::new("наблюдения", "наблюдений", "наблюдений", "наблюдения");
/// "запись" (an entry) after a number.
const ENTRIES: Forms = Forms::new("запись", "записи", "записей", "записи");
/// "запись" after "не более".
const ENTRIES_GEN: Forms = Forms::new("записи", "записей", "записей", "записи");
/// "проблема" after a number.
const PROBLEMS: Forms = Forms::new("проблема", "проблемы", "проблем", "проблемы");

impl Ru {
    /// "1 500 000 байт; допускается не более 1 000 000 байт".
    fn size_limit(&self, bytes: f64) -> String {
        format!(
            "{}; допускается не более {}",
            counted(&self.number(bytes, 0), BYTES),
            counted(&self.number(MAX_JSON_BYTES as f64, 0), BYTES_GEN)
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

impl DataMessages for Ru {
    fn load_problem(&self, problem: LoadProblem) -> String {
        match problem {
            LoadProblem::FileTooLarge { bytes } => {
                format!("размер файла — {}", self.size_limit(bytes as f64))
            }
            LoadProblem::FileUnreadable => "файл не удалось прочитать".into(),
            LoadProblem::NoFetch => "этот браузер не умеет загружать данные по ссылке".into(),
            LoadProblem::OtherSite => format!(
                "эта страница читает данные только со своего сайта; скачайте файл и нажмите «{}»",
                self.data_bar(DataBarText::LoadFile)
            ),
            LoadProblem::NoAnswer { seconds } => format!(
                "нет ответа в течение {}",
                counted(
                    &seconds.to_string(),
                    Forms::new("секунды", "секунд", "секунд", "секунды")
                )
            ),
            LoadProblem::Unreachable => "ссылка недоступна (ошибка сети, или сервер не разрешает этой странице читать данные)".into(),
            // The status text is the server's English ("Not Found"); the code says the same.
            LoadProblem::ServerAnswered { status, .. } => {
                format!("сервер ответил кодом {status}")
            }
            LoadProblem::LinkTooLarge { bytes } => {
                format!("размер набора данных — {}", self.size_limit(bytes as f64))
            }
            LoadProblem::AnswerUnreadable => "ответ не удалось прочитать".into(),
        }
    }

    fn data_error(&self, error: &DataError) -> String {
        match error {
            DataError::TooLarge { bytes } => {
                format!("размер набора данных — {}", self.size_limit(*bytes as f64))
            }
            // serde's description is English and not typed; the place says where it broke.
            DataError::Malformed { place: at, .. } => format!(
                "{}: не соответствует формату набора данных (JSON)",
                place(at)
            ),
            DataError::NotADate { place: at, text } => {
                format!("{}: {}", place(at), self.not_a_date(text))
            }
            DataError::ProgramCount { found } => {
                format!("programs.count: должно быть положительным числом, в файле — {found}")
            }
            DataError::TooFewObservations { found } => format!(
                "progress: для расчёта темпа нужны как минимум два наблюдения, в файле — {}",
                counted(&found.to_string(), OBSERVATIONS)
            ),
            DataError::TooManyObservations { found } => format!(
                "progress: допускается не более {}, в файле — {}",
                counted(&self.number(MAX_OBSERVATIONS as f64, 0), OBSERVATIONS_GEN),
                self.number(*found as f64, 0)
            ),
            DataError::DatesOutOfOrder {
                place: at,
                date,
                previous,
            } => format!(
                "{}: дата {date} не позже даты предыдущего наблюдения ({previous})",
                place(at)
            ),
            DataError::ValueOutOfRange { place: at, value } => format!(
                "{}: должно быть числом от 0 до 100, в файле — {}",
                place(at),
                self.number(*value, 6)
            ),
            DataError::Unsourced { place: at } => {
                format!("{}: не должно быть пустым", place(at))
            }
            DataError::MissingFormula { place: at } => format!(
                "{}: у расчётного значения должно быть указано, как оно рассчитано",
                place(at)
            ),
            DataError::ProjectedInData { place: at } => format!(
                "{}: прогнозные значения вычисляет приложение, загрузить их как данные нельзя",
                place(at)
            ),
            DataError::DuplicateId { place: at, id } => {
                format!("{}: идентификатор «{id}» встречается дважды", place(at))
            }
            DataError::UnsupportedVersion { found } => {
                format!("schema_version: приложение читает версию 1, в файле — {found}")
            }
            DataError::DerivedMismatch {
                place: at,
                expected,
                found,
            } => format!(
                "{}: по формуле получается {}, а значение равно {}",
                place(at),
                self.number(*expected, 2),
                self.number(*found, 6)
            ),
            DataError::TooManyEntries { place: at, found } => format!(
                "{}: допускается не более {}, в файле — {}",
                place(at),
                counted(&self.number(MAX_ENTRIES as f64, 0), ENTRIES_GEN),
                counted(&self.number(*found as f64, 0), ENTRIES)
            ),
            DataError::TextTooLong { place: at } => format!(
                "{}: текст длиннее {}",
                place(at),
                counted(
                    &self.number(MAX_TEXT_CHARS as f64, 0),
                    Forms::new("символа", "символов", "символов", "символа")
                )
            ),
            DataError::BadLabel { place: at } => format!(
                "{}: подпись на графике должна содержать от 1 до {}",
                place(at),
                counted(
                    &self.number(MAX_LABEL_CHARS as f64, 0),
                    Forms::new("символа", "символов", "символов", "символа")
                )
            ),
            DataError::NotAfterArticle { place: at } => format!(
                "{}: должно быть true; собственные цифры статьи относятся к progress",
                place(at)
            ),
            DataError::LaterFigure { place: at } => format!(
                "{}: укажите одно значение или min и max (min не больше max): от 0 до 100\u{a0}% мер или от 0 до числа программ",
                place(at)
            ),
            DataError::BadUrl { place: at } => format!(
                "{}: должен быть адрес, начинающийся с https:// или http://",
                place(at)
            ),
            DataError::UnknownTranslation { place: at } => format!(
                "{}: такого перевода быть не может: в наборе данных нет этой записи или это поле не переводится",
                place(at)
            ),
            DataError::EmptyTranslation { place: at } => format!("{}: перевод пуст", place(at)),
            DataError::ForecastRange { place: at } => format!(
                "{}: within_months_min не должно быть больше within_months_max, а within_months_max — больше {}",
                place(at),
                self.number(1200.0, 0)
            ),
            DataError::Markup { place: at } => format!(
                "{}: содержит разметку веб-страницы; допускается только простой текст",
                place(at)
            ),
            DataError::GrowthOutOfRange { place: at } => {
                format!("{}: должно быть конечным числом больше −100", place(at))
            }
            DataError::TradeValueOutOfRange { place: at } => format!(
                "{}: должно быть конечным числом от 0 до {}",
                place(at),
                self.number(100_000.0, 0)
            ),
            DataError::UnknownDerivation { place: at } => format!(
                "{}: ссылается на значение или год роста, которых нет в наборе данных",
                place(at)
            ),
            DataError::BalanceOutOfRange { place: at } => format!(
                "{}: должно быть конечным числом или отсутствовать",
                place(at)
            ),
            DataError::BalanceSign { place: at } => format!(
                "{}: дефицит должен быть отрицательным, а профицит — положительным",
                place(at)
            ),
        }
    }

    fn refused_intro(&self, origin: &str, problems: usize) -> String {
        let found = Forms::new("Обнаружена", "Обнаружены", "Обнаружено", "Обнаружено");
        let count = problems.to_string();
        let verb = found.pick(crate::model::plural::category_of_shown(
            crate::model::lang::Lang::Ru,
            &count,
        ));
        format!(
            "«{origin}» не загружен; данные на экране не изменились. {verb} {}:",
            counted(&count, PROBLEMS)
        )
    }

    fn embed_refused(&self, origin: &str, first: &str, problems: usize) -> String {
        let more = if problems > 1 {
            format!(
                " (и ещё {})",
                counted(&(problems - 1).to_string(), PROBLEMS)
            )
        } else {
            String::new()
        };
        format!(
            "Данные по ссылке «{origin}» не загружены: {first}{more}. Показаны встроенные данные."
        )
    }

    fn data_bar(&self, text: DataBarText) -> &'static str {
        match text {
            DataBarText::Builtin => "Показан встроенный набор данных, взятый из статьи.",
            DataBarText::Fetching => "Загружается набор данных по ссылке…",
            DataBarText::BackToBuiltin => "Вернуться к встроенным данным",
            DataBarText::LoadFile => "Загрузить данные (JSON)…",
            DataBarText::DownloadJson => "Скачать этот набор данных (JSON)",
            DataBarText::DownloadCsv => "Скачать в формате CSV",
            DataBarText::Dismiss => "Закрыть",
        }
    }

    fn showing_loaded(&self, origin: &str) -> String {
        format!("Показаны ваши данные из «{origin}» — только в этом окне.")
    }

    fn link_leaves_file(&self, origin: &str) -> String {
        format!("Эта ссылка открывает встроенные данные, а не ваш файл «{origin}»: файл с вашего компьютера по ссылке не передаётся.")
    }
}
