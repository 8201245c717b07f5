import type { FormInstance } from 'antd';
import { ApiError } from './problem';

/**
 * A dialog's save: checks the form (its own rules show at the fields; nothing is sent), sends the values, and on a
 * refusal puts the server's field errors at the fields (`rename` maps the API's field names to the form's) and hands
 * the problem's message on. Answers whether it was sent and accepted.
 */
export async function submitForm<V>(form: FormInstance<V>, send: (values: V) => Promise<unknown>,
  onError: (message: string, problem: ApiError) => void, rename: (field: string) => string = (field) => field): Promise<boolean> {
  let values: V;
  try {
    values = await form.validateFields();
  } catch {
    return false;
  }
  try {
    await send(values);
    return true;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    form.setFields(e.formFields(rename) as never);
    onError(e.message, e);
    return false;
  }
}
