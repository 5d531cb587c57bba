/**
 * Names for demo people: common Swedish names plus names from the Finnish, Balkan, Middle
 * Eastern and other backgrounds that are common on Swedish shop floors, so that lists in the
 * SPA look like a real workforce (and diacritics get exercised in emails and sorting).
 */

export const womenFirstNames = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kristina', 'Emma', 'Malin', 'Ingrid',
  'Elin', 'Sofia', 'Johanna', 'Linnéa', 'Annika', 'Åsa', 'Camilla', 'Jenny', 'Helena', 'Ida',
  'Hanna', 'Therese', 'Frida', 'Petra', 'Ulrika', 'Matilda', 'Amina', 'Fatima', 'Leila', 'Mirja',
] as const;

export const menFirstNames = [
  'Lars', 'Anders', 'Johan', 'Per', 'Erik', 'Mikael', 'Karl', 'Peter', 'Jan', 'Thomas',
  'Daniel', 'Fredrik', 'Hans', 'Magnus', 'Mattias', 'Jonas', 'Stefan', 'Björn', 'Jörgen', 'Sören',
  'Mårten', 'Niklas', 'Oskar', 'Viktor', 'Emil', 'Simon', 'Robin', 'Marcus', 'Andreas', 'Henrik',
  'Patrik', 'Göran', 'Kent', 'Tobias', 'Jesper', 'André', 'Mehmet', 'Ali', 'Ahmed', 'Nikola',
  'Marko', 'Dragan', 'Jukka', 'Mika', 'Tomasz',
] as const;

/** Swedish surnames: also what family firms are named after (`Lindqvists Mekaniska AB`). */
export const swedishLastNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson',
  'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg',
  'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund',
  'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström',
  'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Åberg', 'Ström',
  'Lindén', 'Nordén', 'Öberg',
] as const;

export const lastNames = [
  ...swedishLastNames,
  'Virtanen', 'Korhonen', 'Yilmaz', 'Hadžić', 'Petrović', 'Nowak', 'Hassan', 'Mohammed', 'Nguyen',
] as const;

/** Lower-case ASCII for an email's local part or a domain: `Åsa Hadžić` → `asa`, `hadzic`. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The genitive used in firm names: `Nyköpings Mekaniska`, `Lindqvists Plåt`, but
 * `Västerås Hydraulik` and `Kumla Smide` (names ending in s or a vowel stay as they are).
 */
export function genitive(name: string): string {
  return /[sxzaeiouyåäö]$/i.test(name) ? name : `${name}s`;
}
