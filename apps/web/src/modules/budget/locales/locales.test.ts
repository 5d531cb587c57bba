import { describeModuleLocales } from '../../../test/module-locales.ts';
import en from './en.json';
import sv from './sv.json';

describeModuleLocales('budget', sv, en);
